package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DynamoDB calls of each operation on a binding with a decorated, padded key and a derived GSI key. */
class DynamoCallsTest {

    static final CrudBinding ACCOUNTS = TestBindings.accounts();
    static final DynamoCalls CALLS = new DynamoCalls(ACCOUNTS);
    static final Item KEY = ACCOUNTS.itemKey(RowValues.of("cust_id", "0001", "seq", "7"));

    static Stream<Arguments> calls() {
        ItemValue customer = ItemValue.s("CUST#0001");
        return Stream.of(
                Arguments.of("query with a sort-key range, backward", (Supplier<DynamoCall>) () -> CALLS.read(DynamoRead.query(null, customer)
                                .withSort(SortCondition.between(ItemValue.s("0000000002"), ItemValue.s("0000000005"))).withForward(false)),
                        "#pk = :pk AND #sk BETWEEN :sk AND :sk2", null, "{\"#pk\":\"PK\",\"#sk\":\"SK\"}",
                        "{\":pk\":{\"S\":\"CUST#0001\"},\":sk\":{\"S\":\"0000000002\"},\":sk2\":{\"S\":\"0000000005\"}}"),
                Arguments.of("query a GSI with filters typed from the design", (Supplier<DynamoCall>) () -> CALLS.read(
                                DynamoRead.query("idx_region", ItemValue.s("North")).withFilters(List.of(
                                        ColumnPredicate.of("credit", Comparison.GT, "500"), ColumnPredicate.of("name", Comparison.BEGINS_WITH, "A")))),
                        "#pk = :pk", "#credit > :credit AND begins_with(#name, :name)",
                        "{\"#pk\":\"region_key\",\"#credit\":\"credit\",\"#name\":\"name\"}",
                        "{\":pk\":{\"S\":\"North\"},\":credit\":{\"N\":\"500\"},\":name\":{\"S\":\"A\"}}"),
                Arguments.of("scan with two bounds on one column", (Supplier<DynamoCall>) () -> CALLS.read(DynamoRead.scan().withFilters(List.of(
                                ColumnPredicate.of("credit", Comparison.GE, "1"), ColumnPredicate.of("credit", Comparison.LT, "9")))),
                        null, "#credit >= :credit AND #credit < :credit2", "{\"#credit\":\"credit\"}",
                        "{\":credit\":{\"N\":\"1\"},\":credit2\":{\"N\":\"9\"}}"),
                Arguments.of("insert with MySQL's meaning", (Supplier<DynamoCall>) () -> CALLS.insert(KEY, WriteSemantics.MYSQL),
                        null, null, "{\"#pk\":\"PK\"}", "{}"),
                Arguments.of("update SET and REMOVE, no upsert", (Supplier<DynamoCall>) () -> CALLS.update(KEY,
                                Item.EMPTY.with("name", ItemValue.s("Ann")), List.of("region", "region_key"), WriteSemantics.MYSQL),
                        null, null, "{\"#pk\":\"PK\",\"#name\":\"name\",\"#region\":\"region\",\"#region_key\":\"region_key\"}",
                        "{\":name\":{\"S\":\"Ann\"}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void buildsExpressionsWithReadablePlaceholders(String name, Supplier<DynamoCall> build, String keyCondition, String filter,
                                                   String names, String values) throws Exception {
        DynamoCall call = build.get();
        assertEquals(keyCondition, call.keyCondition());
        assertEquals(filter, call.filter());
        assertEquals(names, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(call.names()));
        assertEquals(values, call.values().toJson());
    }

    @Test
    void writesCarryTheirConditionsAndReturnValues() {
        assertEquals("attribute_not_exists(#pk)", CALLS.insert(KEY, WriteSemantics.MYSQL).condition());
        assertEquals(null, CALLS.insert(KEY, WriteSemantics.NATIVE).condition());
        DynamoCall update = CALLS.update(KEY, Item.EMPTY.with("name", ItemValue.s("Ann")), List.of("region"), WriteSemantics.MYSQL);
        assertEquals("attribute_exists(#pk)", update.condition());
        assertEquals("SET #name = :name REMOVE #region", update.update());
        assertEquals("ALL_NEW", update.returnValues());
        assertEquals("ALL_OLD", CALLS.delete(KEY).returnValues());
        assertEquals("{\"PK\":{\"S\":\"CUST#0001\"},\"SK\":{\"S\":\"0000000007\"}}", KEY.toJson());
        assertEquals(RowValues.of("cust_id", "0001", "seq", "7"), ACCOUNTS.rowKey(KEY), "the padded key reads back");
    }

    @Test
    void refusesWhatDynamoDbWouldRefuseInOneSentence() {
        assertRefused("A consistent read is not possible on GSI idx_region", () -> CALLS.read(DynamoRead.query("idx_region",
                ItemValue.s("North")).withConsistentRead(true)));
        assertRefused("GSI idx_region has no sort key", () -> CALLS.read(DynamoRead.query("idx_region", ItemValue.s("North"))
                .withSort(SortCondition.of(Comparison.GT, ItemValue.s("a")))));
        assertRefused("can't change the key attribute SK", () -> CALLS.update(KEY, Item.EMPTY.with("SK", ItemValue.s("x")), List.of(),
                WriteSemantics.MYSQL));
        assertRefused("The table accounts has no index idx_nope; it has: idx_region.", () -> CALLS.read(DynamoRead.query("idx_nope",
                ItemValue.s("x"))));
        assertRefused("'twelve' is not a DynamoDB number", () -> CALLS.read(DynamoRead.scan().withFilters(List.of(
                ColumnPredicate.eq("credit", "twelve")))));
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable call) {
        LsqlException e = assertThrows(LsqlException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
