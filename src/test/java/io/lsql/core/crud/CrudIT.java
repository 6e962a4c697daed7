package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRUD core on app_db as the advisor designs it, migrated to moto by the plan runner: both sides agree. */
@IntegrationTest
class CrudIT {

    static CrudSession session(Sandbox sandbox, String table) throws Exception {
        return CrudFixture.session(sandbox, table);
    }

    @Test
    void customersByRegionNorthAreTheSameThreeRecordsOnBothSides(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Customers");
        IndexInfo region = crud.binding().index("idx_region");
        ItemValue north = crud.binding().keyValue(region.partitionKey().attribute(), RowValues.of("region", "North"));
        DynamoResult items = crud.dynamo().read(DynamoRead.query("idx_region", north));
        SqlResult rows = crud.mysql().query(List.of(ColumnPredicate.eq("region", "North")), 100);
        assertEquals(3, items.items().size());
        assertEquals(mapped(rows), Set.copyOf(items.items()));
        assertEquals(Set.of("0003", "0006", "0007"), rows.rows().stream().map(r -> r.values().get("cust_id")).collect(Collectors.toSet()));
        assertEquals(3, items.count());
        assertEquals("SELECT `cust_id`, `name`, `email`, `phone`, `region`, `state`, `credit_rating`, `last_updated` FROM `Customers`"
                + " WHERE `region` = 'North' ORDER BY `cust_id` LIMIT 100", rows.statement().withValues());
    }

    @Test
    void productsByCategoryStreetAreSevenOnBothSides(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Products");
        IndexInfo category = crud.binding().index("idx_category");
        ItemValue street = crud.binding().keyValue(category.partitionKey().attribute(), RowValues.of("category", "Street"));
        DynamoResult items = crud.dynamo().read(DynamoRead.query("idx_category", street));
        SqlResult rows = crud.mysql().query(List.of(ColumnPredicate.eq("category", "Street")), 100);
        assertEquals(7, items.items().size());
        assertEquals(mapped(rows), Set.copyOf(items.items()));
    }

    @Test
    void orderLinesOfOrder3AfterLine2AreTheRowsOfTheSql(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "OrderLines");
        CrudBinding binding = crud.binding();
        assertEquals(List.of("ord_id", "ord_line_id"), binding.rowKeyColumns());
        DynamoRead read = DynamoRead.query(null, binding.keyValue(binding.partitionKey().attribute(), RowValues.of("ord_id", "0003")))
                .withSort(SortCondition.of(Comparison.GT, binding.keyValue(binding.sortKey().attribute(),
                        RowValues.of("ord_id", "0003", "ord_line_id", "0002"))));
        DynamoResult items = crud.dynamo().read(read);
        SqlResult rows = crud.mysql().query(List.of(ColumnPredicate.eq("ord_id", "0003"),
                ColumnPredicate.of("ord_line_id", Comparison.GT, "0002")), 100);
        assertEquals(2, rows.rows().size());
        assertEquals(mapped(rows), Set.copyOf(items.items()));
        assertEquals(List.of("0003", "0004"), items.items().stream().map(i -> binding.rowKey(i).get("ord_line_id")).toList(),
                "ascending sort-key order, and item keys map back to row keys");
        DynamoResult backward = crud.dynamo().read(read.withForward(false));
        assertEquals(List.of("0004", "0003"), backward.items().stream().map(i -> binding.rowKey(i).get("ord_line_id")).toList());
    }

    @Test
    void insertingAnExistingKeyFailsOnBothSidesAndChangesNothing(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Customers");
        RowValues key = RowValues.of("cust_id", "0003");
        BothResult before = crud.both().compare(key);
        RowValues duplicate = before.rowAfter().with("name", "Someone Else");
        BothResult result = crud.both().insert(duplicate, WriteSemantics.MYSQL);
        assertEquals(SqlError.DUPLICATE_KEY, result.sql().error().code());
        assertTrue(result.dynamo().error().conditionFailed());
        assertEquals("Duplicate entry '0003' for key 'PRIMARY' (1062)", result.dynamo().error().mysqlMeaning());
        assertEquals(0, result.dynamo().affected());
        assertEquals(before.rowAfter(), result.rowAfter());
        assertEquals(before.itemAfter(), result.itemAfter());
        assertTrue(result.agree(), result.differences().toString());
    }

    @Test
    void updatingAMissingKeyChangesNothingOnBothSides(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Customers");
        RowValues missing = RowValues.of("cust_id", "9999");
        BothResult result = crud.both().update(missing, RowValues.of("name", "Nobody"), WriteSemantics.MYSQL);
        assertEquals(0, result.sql().affected());
        assertEquals(0, result.dynamo().affected());
        assertNull(result.rowAfter());
        assertNull(result.itemAfter(), "no upsert");
        assertTrue(result.agree());
    }

    @Test
    void aFilteredScanFillsItsPageWithAllTenMatchesOverSeveralRequests(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Events");
        DynamoResult page = crud.dynamo().read(DynamoRead.scan().withFilters(List.of(ColumnPredicate.eq("kind", "match")))
                .withPage(10, 1000));
        assertEquals(10, page.items().size());
        assertTrue(page.requests() > 1, "several requests: " + page.requests());
        assertEquals(10, page.count());
        assertTrue(page.scannedCount() > 10);
        DynamoResult one = crud.dynamo().read(DynamoRead.scan().withFilters(List.of(ColumnPredicate.eq("kind", "match")))
                .withPage(10, 1));
        assertEquals(1, one.requests());
        assertFalse(one.lastEvaluatedKey() == null, "an unfilled page is not the end");
    }

    @Test
    void aReadOnlyProfileBlocksEveryWriteBeforeAnythingIsSent(Sandbox sandbox) throws Exception {
        CrudBinding binding = session(sandbox, "Reps").binding();
        try (CrudSession readOnly = CrudSession.open(CrudFixture.jdbc(sandbox).asReadOnly(), Databases.aws(sandbox), binding)) {
            RowValues row = RowValues.of("rep_id", "NEW", "rep_name", "New Rep").with("last_updated", "2024-01-01 00:00:00");
            assertThrows(LsqlException.class, () -> readOnly.mysql().insert(row));
            assertThrows(LsqlException.class, () -> readOnly.dynamo().insert(binding.itemOf(row), WriteSemantics.NATIVE));
            assertThrows(LsqlException.class, () -> readOnly.both().delete(RowValues.of("rep_id", "SAM")));
            LsqlException refused = assertThrows(LsqlException.class, () -> readOnly.dynamo().delete(binding.itemKey(RowValues.of("rep_id", "SAM"))));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            assertTrue(readOnly.mysql().get(RowValues.of("rep_id", "NEW")).rows().isEmpty());
            BothResult sam = readOnly.both().compare(RowValues.of("rep_id", "SAM"));
            assertTrue(sam.rowAfter() != null && sam.itemAfter() != null && sam.agree(), sam.toString());
        }
    }

    @Test
    void bulkDeleteRefusesAWrongTypedNameAndReportsWhatItRemoved(Sandbox sandbox) throws Exception {
        CrudSession crud = session(sandbox, "Reps");
        for (String id : List.of("BD1", "BD2")) {
            BothResult inserted = crud.both().insert(RowValues.of("rep_id", id, "rep_name", "Bulk " + id)
                    .with("last_updated", "2024-01-01 00:00:00"), WriteSemantics.MYSQL);
            assertTrue(inserted.sql().ok() && inserted.dynamo().ok() && inserted.agree(), inserted.toString());
        }
        List<ColumnPredicate> where = List.of(ColumnPredicate.of("rep_id", Comparison.BEGINS_WITH, "BD"));
        LsqlException wrong = assertThrows(LsqlException.class, () -> crud.bulkDelete().delete(
                new BulkDeleteRequest(Engine.BOTH, List.of(), where, "crud_Reps")));
        assertEquals("The typed name 'crud_Reps' is not Reps; type the table name exactly to confirm. Nothing was deleted.",
                wrong.getMessage());
        assertEquals(2, crud.mysql().query(where, 100).rows().size());
        BulkDeleteResult removed = crud.bulkDelete().delete(new BulkDeleteRequest(Engine.BOTH, List.of(), where, "Reps"));
        assertEquals(2, removed.rowsDeleted());
        assertEquals(2, removed.itemsDeleted());
        assertEquals(List.of(RowValues.of("rep_id", "BD1"), RowValues.of("rep_id", "BD2")), removed.rowKeys());
        assertTrue(crud.both().compare(RowValues.of("rep_id", "BD1")).agree());
        assertNull(crud.both().compare(RowValues.of("rep_id", "BD1")).itemAfter());
    }

    @Test
    void aMissingOrDifferentlyKeyedTableIsRefusedInOneSentence(Sandbox sandbox) throws Exception {
        CrudBinding reps = session(sandbox, "Reps").binding();
        CrudBinding elsewhere = CrudBindings.of(CrudFixture.jdbc(sandbox), reps.target().withTable("crud_nowhere"));
        LsqlException missing = assertThrows(LsqlException.class, () -> CrudSession.open(CrudFixture.jdbc(sandbox), Databases.aws(sandbox), elsewhere));
        assertTrue(missing.getMessage().startsWith("The DynamoDB table crud_nowhere does not exist"), missing.getMessage());
        CrudBinding wrongKey = CrudBindings.of(CrudFixture.jdbc(sandbox), session(sandbox, "Customers").binding().target().withTable("crud_Reps"));
        LsqlException keyed = assertThrows(LsqlException.class, () -> CrudSession.open(CrudFixture.jdbc(sandbox), Databases.aws(sandbox), wrongKey));
        assertTrue(keyed.getMessage().startsWith("The DynamoDB table crud_Reps is keyed HASH rep_id (S) but the design keys it"
                + " HASH cust_id (S)"), keyed.getMessage());
    }

    static Set<Item> mapped(SqlResult rows) {
        Set<Item> items = new HashSet<>();
        rows.rows().stream().map(CrudRow::item).filter(Objects::nonNull).forEach(items::add);
        assertEquals(rows.rows().size(), items.size(), "every row maps to an item");
        return items;
    }
}
