package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes on both engines, DynamoDB's rules before sending, paging on both sides, and the code of a real call. */
@IntegrationTest
class CrudWritesIT {

    @Test
    void bothWritesInsertUpdateAndDeleteTheSameRecordAndAgreeThroughTheMapping(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Customers");
        RowValues key = RowValues.of("cust_id", "0100");
        RowValues row = key.with("name", "New Wheels").with("email", "new@wheels.com").with("phone", "555-0100")
                .with("region", "North").with("state", "Iowa").with("credit_rating", "700").with("last_updated", "2024-05-01 10:00:00");
        BothResult inserted = crud.both().insert(row, WriteSemantics.MYSQL);
        assertEquals(1, inserted.sql().affected());
        assertEquals(1, inserted.dynamo().affected());
        assertTrue(inserted.agree(), inserted.differences().toString());
        assertEquals("2024-05-01T10:00:00", inserted.itemAfter().get("last_updated").orElseThrow().text(), "the migration's DATETIME");
        assertEquals(ItemValue.n("700"), inserted.itemAfter().get("credit_rating").orElseThrow(), "numbers stay N");

        BothResult updated = crud.both().update(key, RowValues.of("phone", null).with("region", "South"), WriteSemantics.MYSQL);
        assertEquals(1, updated.sql().affected());
        assertEquals(1, updated.dynamo().affected());
        assertTrue(updated.agree(), updated.differences().toString());
        assertTrue(updated.itemAfter().get("phone").isEmpty(), "NULL leaves the attribute out (REMOVE)");
        String regionKey = crud.binding().index("idx_region").partitionKey().attribute();
        assertEquals("South", updated.itemAfter().get(regionKey).orElseThrow().text(), "the derived GSI key follows its column");

        BothResult deleted = crud.both().delete(key);
        assertEquals(1, deleted.sql().affected());
        assertEquals(1, deleted.dynamo().affected());
        assertEquals("New Wheels", deleted.dynamo().oldItem().get("name").orElseThrow().text(), "ALL_OLD");
        assertNull(deleted.rowAfter());
        assertNull(deleted.itemAfter());
        assertTrue(BothResult.NOT_ATOMIC.startsWith("Not atomic across the two engines"));
    }

    @Test
    void aRowMySqlRefusesForAForeignKeyIsNotDeletedFromDynamoDb(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Customers");
        BothResult refused = crud.both().delete(RowValues.of("cust_id", "0001"));
        assertEquals(1451, refused.sql().error().code(), refused.sql().error().display());
        assertNull(refused.dynamo(), "not sent");
        assertNotNull(refused.itemAfter());
        assertTrue(refused.agree(), refused.differences().toString());
    }

    @Test
    void bulkDeleteOnDynamoDbAloneFindsItsKeysByScanAndOnMySqlAloneTakesAKeyList(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Reps");
        for (String id : List.of("DY1", "DY2")) {
            RowValues row = RowValues.of("rep_id", id, "rep_name", "Only " + id).with("last_updated", "2024-01-01 00:00:00");
            assertEquals(1, crud.dynamo().insert(crud.binding().itemOf(row), WriteSemantics.MYSQL).affected());
            assertEquals(1, crud.mysql().insert(row).affected());
        }
        List<ColumnPredicate> where = List.of(ColumnPredicate.of("rep_id", Comparison.BEGINS_WITH, "DY"));
        assertEquals("crud_Reps", crud.bulkDelete().confirmationName(Engine.DYNAMODB));
        BulkDeleteResult items = crud.bulkDelete().delete(new BulkDeleteRequest(Engine.DYNAMODB, List.of(), where, "crud_Reps"));
        assertEquals(2, items.itemsDeleted());
        assertEquals(0, items.rowsDeleted());
        assertEquals(Set.of(ItemValue.s("DY1"), ItemValue.s("DY2")), items.itemKeys().stream()
                .map(k -> k.get("rep_id").orElseThrow()).collect(java.util.stream.Collectors.toSet()));
        List<RowValues> keys = List.of(RowValues.of("rep_id", "DY1"), RowValues.of("rep_id", "DY2"), RowValues.of("rep_id", "DY9"));
        BulkDeleteResult rows = crud.bulkDelete().delete(new BulkDeleteRequest(Engine.MYSQL, keys, List.of(), "Reps"));
        assertEquals(2, rows.rowsDeleted(), "DY9 did not exist and is not reported");
        assertEquals(keys.subList(0, 2), rows.rowKeys());
        assertRefused("Name the rows to delete", () -> crud.bulkDelete().delete(new BulkDeleteRequest(Engine.BOTH, List.of(), List.of(),
                "Reps")));
    }

    @Test
    void theNativeSwitchDropsTheConditions(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Reps");
        Item item = crud.binding().itemOf(RowValues.of("rep_id", "NAT", "rep_name", "First").with("last_updated", "2024-01-01 00:00:00"));
        assertEquals(1, crud.dynamo().insert(item, WriteSemantics.MYSQL).affected());
        Item replaced = item.with("rep_name", ItemValue.s("Second"));
        assertTrue(crud.dynamo().insert(replaced, WriteSemantics.MYSQL).error().conditionFailed());
        assertEquals(1, crud.dynamo().insert(replaced, WriteSemantics.NATIVE).affected(), "PutItem replaces");
        assertEquals(replaced, crud.dynamo().get(crud.binding().keyOf(item), true).items().get(0));
        Item upsertKey = crud.binding().itemKey(RowValues.of("rep_id", "UPS"));
        DynamoResult refused = crud.dynamo().update(upsertKey, Item.EMPTY.with("rep_name", ItemValue.s("X")), WriteSemantics.MYSQL);
        assertEquals(0, refused.affected());
        assertTrue(crud.dynamo().get(upsertKey, true).items().isEmpty(), "no upsert");
        assertEquals(1, crud.dynamo().update(upsertKey, Item.EMPTY.with("rep_name", ItemValue.s("X")), WriteSemantics.NATIVE).affected());
        assertEquals(1, crud.dynamo().get(upsertKey, true).items().size(), "UpdateItem creates the item");
        assertEquals(1, crud.dynamo().delete(upsertKey).affected());
        assertEquals(1, crud.dynamo().delete(crud.binding().keyOf(item)).affected());
        assertEquals(0, crud.dynamo().delete(crud.binding().keyOf(item)).affected(), "deleting a missing item affects 0");
    }

    @Test
    void dynamoDbsRulesAreEnforcedBeforeAnythingIsSent(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Customers");
        Item item = crud.dynamo().get(crud.binding().itemKey(RowValues.of("cust_id", "0003")), false).items().get(0);
        assertRefused("consistent read is not possible on GSI idx_region", () -> crud.dynamo().read(
                DynamoRead.query("idx_region", ItemValue.s("North")).withConsistentRead(true)));
        assertRefused("credit_rating is N in the design, but the value is S", () -> crud.dynamo().insert(
                item.with("cust_id", ItemValue.s("0200")).with("credit_rating", ItemValue.s("700")), WriteSemantics.MYSQL));
        assertRefused("over DynamoDB's 400 KB limit", () -> crud.dynamo().insert(
                item.with("cust_id", ItemValue.s("0201")).with("notes", ItemValue.s("x".repeat(410_000))), WriteSemantics.MYSQL));
        assertRefused("over DynamoDB's 2048-byte limit", () -> crud.dynamo().insert(
                item.with("cust_id", ItemValue.s("k".repeat(2049))), WriteSemantics.MYSQL));
        assertRefused("can't change the key attribute cust_id", () -> crud.dynamo().update(
                crud.binding().keyOf(item), Item.EMPTY.with("cust_id", ItemValue.s("0300")), WriteSemantics.MYSQL));
        String regionKey = crud.binding().index("idx_region").partitionKey().attribute();
        assertRefused("The key " + regionKey + " is empty, which DynamoDB refuses", () -> crud.dynamo().update(crud.binding().keyOf(item),
                Item.EMPTY.with(regionKey, ItemValue.s("")), WriteSemantics.MYSQL));
        assertRefused("cust_id is a key attribute of this Query", () -> crud.dynamo().read(DynamoRead.query(null, ItemValue.s("0003"))
                .withFilters(List.of(ColumnPredicate.eq("cust_id", "0003")))));
        assertRefused("is not a DynamoDB number", () -> ItemValue.n("1" + "0".repeat(38) + "1"));
        assertTrue(crud.dynamo().get(crud.binding().itemKey(RowValues.of("cust_id", "0200")), true).items().isEmpty());
    }

    @Test
    void pagesFollowTheKeyOnBothSidesToTheEnd(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Customers");
        List<String> ids = new ArrayList<>();
        Set<Item> mapped = new HashSet<>();
        SqlCursor cursor = SqlCursor.FIRST;
        List<Integer> sizes = new ArrayList<>();
        do {
            SqlResult page = crud.mysql().page(cursor, 4);
            page.rows().forEach(r -> ids.add(r.values().get("cust_id")));
            page.rows().forEach(r -> mapped.add(r.item()));
            sizes.add(page.rows().size());
            cursor = page.next();
        } while (cursor != null);
        assertEquals(List.of(4, 4, 2), sizes);
        assertEquals(ids.stream().sorted().toList(), ids, "keyset order");
        assertEquals(10, new HashSet<>(ids).size());
        Set<Item> scanned = new HashSet<>();
        Item start = null;
        int pages = 0;
        do {
            DynamoResult page = crud.dynamo().read(DynamoRead.scan().withPage(4, 1).withStartKey(start));
            scanned.addAll(page.items());
            start = page.lastEvaluatedKey();
            pages++;
            assertNotNull(page.consumedCapacityText());
        } while (start != null);
        assertTrue(pages >= 3, "paged by LastEvaluatedKey: " + pages);
        assertEquals(mapped, scanned, "the scan and the table hold the same records");
    }

    @Test
    void aViewWithoutAKeyIsPagedByOffsetWithANote(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "vCustOrders");
        SqlResult first = crud.mysql().page(SqlCursor.FIRST, 6);
        assertTrue(first.statement().sql().endsWith(" LIMIT 6 OFFSET 0"), first.statement().sql());
        assertTrue(first.note().contains("paged by LIMIT/OFFSET"), first.note());
        SqlResult second = crud.mysql().page(first.next(), 6);
        assertEquals(4, second.rows().size());
        assertNull(second.next());
        CrudRow row = second.rows().get(0);
        assertEquals(row.item(), crud.dynamo().get(crud.binding().keyOf(row.item()), true).items().get(0),
                "a view row selects its item through the key mapping");
    }

    @Test
    void theCodeShownIsTheCallSent(Sandbox sandbox) throws Exception {
        CrudSession crud = CrudFixture.session(sandbox, "Customers");
        String regionKey = crud.binding().index("idx_region").partitionKey().attribute();
        DynamoRead read = DynamoRead.query("idx_region", ItemValue.s("North"))
                .withFilters(List.of(ColumnPredicate.of("credit_rating", Comparison.GE, "600")));
        DynamoResult result = crud.dynamo().read(read);
        assertEquals(crud.dynamo().readCall(read), result.call());
        assertEquals(Set.of("0006", "0007"), result.items().stream().map(i -> crud.binding().rowKey(i).get("cust_id"))
                .collect(java.util.stream.Collectors.toSet()));
        SqlResult sql = crud.mysql().query(List.of(ColumnPredicate.eq("region", "North"),
                ColumnPredicate.of("credit_rating", Comparison.GE, "600")), 100);
        CodeSamples code = CodeRenderer.render(sql.statement(), result.call());
        assertTrue(code.sql().endsWith("WHERE `region` = 'North' AND `credit_rating` >= '600' ORDER BY `cust_id` LIMIT 100"), code.sql());
        assertEquals("SELECT * FROM \"crud_Customers\".\"idx_region\" WHERE \"" + regionKey + "\" = ? AND \"credit_rating\" >= ?\n"
                + "-- Parameters: [{\"S\":\"North\"}, {\"N\":\"600\"}]", code.partiql());
        assertTrue(code.awsCli().startsWith("aws dynamodb query --cli-input-json '{"), code.awsCli());
        assertTrue(code.javaLowLevel().contains(".filterExpression(\"#credit_rating >= :credit_rating\")"), code.javaLowLevel());
        assertFalse(code.javaEnhanced().isBlank());
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable call) {
        LsqlException e = assertThrows(LsqlException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
