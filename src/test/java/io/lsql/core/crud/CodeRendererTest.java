package io.lsql.core.crud;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every "show the code" form of each operation, rendered from one DynamoCall. */
class CodeRendererTest {

    static final Item LINE_KEY = Item.EMPTY.with("ord_id", ItemValue.s("0003")).with("ord_line_id", ItemValue.s("0002"));
    static final DynamoCall GET = DynamoCall.of(DynamoOperation.GET_ITEM, "crud_OrderLines").withKey(LINE_KEY)
            .withReads(true, null, null);
    static final DynamoCall QUERY = DynamoCall.of(DynamoOperation.QUERY, "crud_Products").withIndex("idx_category")
            .withExpressions("#pk = :pk AND #sk > :sk", "#list_price >= :list_price", null, null,
                    names("#pk", "category_key", "#sk", "last_updated", "#list_price", "list_price"),
                    Item.EMPTY.with(":pk", ItemValue.s("Street")).with(":sk", ItemValue.s("2024-01-01"))
                            .with(":list_price", ItemValue.n("100")))
            .withReads(null, false, 25);
    static final DynamoCall BETWEEN = QUERY.withIndex(null).withExpressions("#pk = :pk AND #sk BETWEEN :sk AND :sk2", null, null, null,
            names("#pk", "ord_id", "#sk", "ord_line_id"), Item.EMPTY.with(":pk", ItemValue.s("0003")).with(":sk", ItemValue.s("0001"))
                    .with(":sk2", ItemValue.s("0003"))).withReads(null, null, 50);
    static final DynamoCall PUT = DynamoCall.of(DynamoOperation.PUT_ITEM, "crud_Reps")
            .withItem(Item.EMPTY.with("rep_id", ItemValue.s("O'NEIL")).with("n", ItemValue.n("5")))
            .withExpressions(null, null, "attribute_not_exists(#pk)", null, names("#pk", "rep_id"), null);
    static final DynamoCall NATIVE_PUT = PUT.withExpressions(null, null, null, null, null, null);
    static final DynamoCall UPDATE = DynamoCall.of(DynamoOperation.UPDATE_ITEM, "crud_Customers")
            .withKey(Item.EMPTY.with("cust_id", ItemValue.s("0003")))
            .withExpressions(null, null, "attribute_exists(#pk)", "SET #name = :name, #credit_rating = :credit_rating REMOVE #phone",
                    names("#pk", "cust_id", "#name", "name", "#credit_rating", "credit_rating", "#phone", "phone"),
                    Item.EMPTY.with(":name", ItemValue.s("Metro")).with(":credit_rating", ItemValue.n("600")))
            .withReturnValues("ALL_NEW");
    static final DynamoCall UPSERT = UPDATE.withExpressions(null, null, null, "SET #name = :name", names("#name", "name"),
            Item.EMPTY.with(":name", ItemValue.s("Metro")));
    static final DynamoCall DELETE = DynamoCall.of(DynamoOperation.DELETE_ITEM, "crud_Customers")
            .withKey(Item.EMPTY.with("cust_id", ItemValue.s("0003"))).withReturnValues("ALL_OLD");

    static Stream<Arguments> forms() {
        Function<DynamoCall, String> partiql = CodeRenderer::partiql;
        Function<DynamoCall, String> low = JavaCode::lowLevel;
        Function<DynamoCall, String> enhanced = JavaCode::enhanced;
        Function<DynamoCall, String> cli = CodeRenderer::awsCli;
        return Stream.of(
                Arguments.of("get: PartiQL", GET, partiql, """
                        SELECT * FROM "crud_OrderLines" WHERE "ord_id" = ? AND "ord_line_id" = ?
                        -- Parameters: [{"S":"0003"}, {"S":"0002"}]
                        -- ConsistentRead: true"""),
                Arguments.of("get: SDK", GET, low, """
                        GetItemResponse response = dynamoDb.getItem(GetItemRequest.builder()
                                .tableName("crud_OrderLines")
                                .key(Map.of("ord_id", AttributeValue.fromS("0003"), "ord_line_id", AttributeValue.fromS("0002")))
                                .consistentRead(true)
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                                .build());"""),
                Arguments.of("get: Enhanced", GET, enhanced, """
                        DynamoDbTable<CrudOrderLines> table = enhanced.table("crud_OrderLines", TableSchema.fromBean(CrudOrderLines.class));
                        CrudOrderLines item = table.getItem(r -> r.key(Key.builder().partitionValue("0003").sortValue("0002").build())\
                        .consistentRead(true));"""),
                Arguments.of("get: CLI", GET, cli, """
                        aws dynamodb get-item --cli-input-json '{
                          "TableName" : "crud_OrderLines",
                          "Key" : {
                            "ord_id" : {
                              "S" : "0003"
                            },
                            "ord_line_id" : {
                              "S" : "0002"
                            }
                          },
                          "ConsistentRead" : true,
                          "ReturnConsumedCapacity" : "TOTAL"
                        }'"""),
                Arguments.of("query on a GSI, backward, filtered: PartiQL", QUERY, partiql, """
                        SELECT * FROM "crud_Products"."idx_category" WHERE "category_key" = ? AND "last_updated" > ? AND "list_price" >= ? \
                        ORDER BY "last_updated" DESC
                        -- Parameters: [{"S":"Street"}, {"S":"2024-01-01"}, {"N":"100"}]"""),
                Arguments.of("query on a GSI: Enhanced", QUERY, enhanced, """
                        DynamoDbTable<CrudProducts> table = enhanced.table("crud_Products", TableSchema.fromBean(CrudProducts.class));
                        var pages = table.index("idx_category").query(r -> r.queryConditional(QueryConditional.sortGreaterThan(\
                        Key.builder().partitionValue("Street").sortValue("2024-01-01").build()))
                                        .filterExpression(Expression.builder().expression("#list_price >= :list_price")\
                        .putExpressionName("#list_price", "list_price").putExpressionValue(":list_price", AttributeValue.fromN("100"))\
                        .build()).scanIndexForward(false).limit(25));"""),
                Arguments.of("query BETWEEN: Enhanced", BETWEEN, enhanced, """
                        DynamoDbTable<CrudProducts> table = enhanced.table("crud_Products", TableSchema.fromBean(CrudProducts.class));
                        var pages = table.query(r -> r.queryConditional(QueryConditional.sortBetween(\
                        Key.builder().partitionValue("0003").sortValue("0001").build(), \
                        Key.builder().partitionValue("0003").sortValue("0003").build())).limit(50));"""),
                Arguments.of("query BETWEEN: PartiQL", BETWEEN, partiql, """
                        SELECT * FROM "crud_Products" WHERE "ord_id" = ? AND "ord_line_id" BETWEEN ? AND ?
                        -- Parameters: [{"S":"0003"}, {"S":"0001"}, {"S":"0003"}]"""),
                Arguments.of("insert: PartiQL INSERT never overwrites", PUT, partiql, """
                        INSERT INTO "crud_Reps" VALUE {'rep_id': ?, 'n': ?}
                        -- Parameters: [{"S":"O'NEIL"}, {"N":"5"}]"""),
                Arguments.of("native put: no PartiQL", NATIVE_PUT, partiql,
                        "PartiQL has no form for this PutItem: its INSERT never replaces an existing item; use PutItem."),
                Arguments.of("insert: Enhanced", PUT, enhanced, """
                        DynamoDbTable<CrudReps> table = enhanced.table("crud_Reps", TableSchema.fromBean(CrudReps.class));
                        CrudReps item = new CrudReps();
                        item.setRepId("O'NEIL");
                        item.setN(new BigDecimal("5"));
                        table.putItem(r -> r.item(item)
                                        .conditionExpression(Expression.builder().expression("attribute_not_exists(#pk)")\
                        .putExpressionName("#pk", "rep_id").build()));"""),
                Arguments.of("update: PartiQL", UPDATE, partiql, """
                        UPDATE "crud_Customers" SET "name" = ? SET "credit_rating" = ? REMOVE "phone" WHERE "cust_id" = ? RETURNING ALL NEW *
                        -- Parameters: [{"S":"Metro"}, {"N":"600"}, {"S":"0003"}]"""),
                Arguments.of("upsert: no PartiQL", UPSERT, partiql,
                        "PartiQL has no form for this UpdateItem: its UPDATE never creates a missing item; use UpdateItem."),
                Arguments.of("update: SDK", UPDATE, low, """
                        UpdateItemResponse response = dynamoDb.updateItem(UpdateItemRequest.builder()
                                .tableName("crud_Customers")
                                .key(Map.of("cust_id", AttributeValue.fromS("0003")))
                                .conditionExpression("attribute_exists(#pk)")
                                .updateExpression("SET #name = :name, #credit_rating = :credit_rating REMOVE #phone")
                                .expressionAttributeNames(Map.of("#pk", "cust_id", "#name", "name", "#credit_rating", "credit_rating", \
                        "#phone", "phone"))
                                .expressionAttributeValues(Map.of(":name", AttributeValue.fromS("Metro"), ":credit_rating", \
                        AttributeValue.fromN("600")))
                                .returnValues(ReturnValue.ALL_NEW)
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                                .build());"""),
                Arguments.of("delete: PartiQL", DELETE, partiql, """
                        DELETE FROM "crud_Customers" WHERE "cust_id" = ? RETURNING ALL OLD *
                        -- Parameters: [{"S":"0003"}]"""),
                Arguments.of("delete: Enhanced", DELETE, enhanced, """
                        DynamoDbTable<CrudCustomers> table = enhanced.table("crud_Customers", TableSchema.fromBean(CrudCustomers.class));
                        CrudCustomers old = table.deleteItem(r -> r.key(Key.builder().partitionValue("0003").build()));"""),
                Arguments.of("put: CLI quotes an apostrophe for the shell", PUT, (Function<DynamoCall, String>)
                        c -> cli.apply(c).lines().filter(l -> l.contains("NEIL")).findFirst().orElseThrow().strip(),
                        "\"S\" : \"O'\\''NEIL\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void rendersEachForm(String name, DynamoCall call, Function<DynamoCall, String> form, String expected) {
        assertEquals(expected, form.apply(call));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void rendersEveryValueTypeAsAnSdkExpression(String name, ItemValue value, String expected) {
        assertEquals(expected, JavaCode.value(value));
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("S with quote", ItemValue.s("a\"b"), "AttributeValue.fromS(\"a\\\"b\")"),
                Arguments.of("N", ItemValue.n("12.50"), "AttributeValue.fromN(\"12.5\")"),
                Arguments.of("B", ItemValue.b("AQI="), "AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(\"AQI=\")))"),
                Arguments.of("BOOL", ItemValue.bool(true), "AttributeValue.fromBool(true)"),
                Arguments.of("NULL", ItemValue.nul(), "AttributeValue.fromNul(true)"),
                Arguments.of("SS", ItemValue.ss(java.util.List.of("a", "b")), "AttributeValue.fromSs(List.of(\"a\", \"b\"))"),
                Arguments.of("M of L", ItemValue.m(Map.of("k", ItemValue.l(java.util.List.of(ItemValue.n("1"))))),
                        "AttributeValue.fromM(Map.of(\"k\", AttributeValue.fromL(List.of(AttributeValue.fromN(\"1\")))))"));
    }

    @org.junit.jupiter.api.Test
    void sqlShowsItsBoundValuesAsLiterals() {
        SqlStatement sql = new SqlStatement("UPDATE `T` SET `name` = ?, `note` = ? WHERE `id` = ? AND `x` = '?'",
                java.util.Arrays.asList("O'Neil", null, "7"));
        assertEquals("UPDATE `T` SET `name` = 'O''Neil', `note` = NULL WHERE `id` = '7' AND `x` = '?'", sql.withValues());
        assertEquals(sql.withValues(), CodeRenderer.render(sql, DELETE).sql());
    }

    static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return names;
    }
}
