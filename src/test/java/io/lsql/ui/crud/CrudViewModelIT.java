package io.lsql.ui.crud;

import io.lsql.core.crud.Comparison;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.Engine;
import io.lsql.core.crud.Item;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CRUD pane without a window: same-thread tasks, app_db on the sandbox's MariaDB and moto. */
@IntegrationTest
class CrudViewModelIT {

    static final String DB = "crudvm_db";
    static final String PREFIX = "crudvm_";
    CrudViewModel vm;

    @BeforeAll
    static void migrate(Sandbox sandbox) throws Exception {
        CrudFixture.load(sandbox, DB);
        CrudFixture.migrate(sandbox, DB, PREFIX, List.of("Customers", "OrderLines"));
    }

    @BeforeEach
    void open(Sandbox sandbox) {
        AppState state = new AppState();
        vm = new CrudViewModel(state, new DirectTaskRunner(), new DesignService());
        CrudFixture.connect(state, sandbox, DB);
        vm.tablePrefix.set(PREFIX);
        vm.open("Customers");
        assertTrue(vm.isOpen(), vm.message.get());
    }

    @Test
    void aTableTheMigratePanesPlanMigratesIsBoundAsThatPlanNamesItNotByThePrefix(Sandbox sandbox) {
        AppState state = new AppState();
        CrudViewModel planned = new CrudViewModel(state, new DirectTaskRunner(), new DesignService());
        CrudFixture.connect(state, sandbox, DB);
        DesignService.SchemaDesign design = new DesignService().design(state.mysqlProperty().get(), List.of("Customers"));
        planned.plan.set(PlanBuilder.fromDesigns(design.schema(), design.designs(),
                new PlanBuilder.Request(List.of(), false, PREFIX, null, null, null)));
        planned.tablePrefix.set("no_such_prefix_");
        planned.open("Customers");
        assertTrue(planned.isOpen(), planned.message.get());
        assertEquals(PREFIX + "Customers", planned.binding.get().table());

        planned.plan.set(Plan.class.cast(null));
        planned.open("Customers");
        assertTrue(planned.message.get().contains("no_such_prefix_Customers"), planned.message.get());
    }

    @Test
    void openingATableShowsItsFirstPageOnBothSidesWithTheKeyMarked() {
        assertEquals(PREFIX + "Customers", vm.binding.get().table());
        assertFalse(vm.rows.isEmpty());
        assertEquals(vm.rows.size(), vm.items.size());
        assertTrue(vm.form.indexes.contains("idx_region"), vm.form.indexes.toString());
        assertTrue(vm.writable.get());
    }

    @Test
    void customersByRegionNorthAreThreeOnBothSides() {
        queryRegion("North");
        assertEquals(3, vm.rows.size(), vm.mysqlStatus.get());
        assertEquals(3, vm.items.size(), vm.dynamoStatus.get());
        assertEquals(Set.of("0003", "0006", "0007"), vm.rows.stream().map(r -> r.values().get("cust_id")).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(vm.rows.stream().map(CrudRow::item).toList()), Set.copyOf(vm.items));
        assertEquals("MySQL: 3 rows", vm.mysqlStatus.get());
        assertTrue(vm.dynamoStatus.get().startsWith("DynamoDB: Count 3, ScannedCount 3, consumed capacity "), vm.dynamoStatus.get());
        assertTrue(vm.code.get().awsCli().startsWith("aws dynamodb query"), vm.code.get().awsCli());
        assertTrue(vm.code.get().sql().contains("WHERE `region` = 'North'"), vm.code.get().sql());
    }

    @Test
    void aConsistentReadIsOffOnAGsi() {
        vm.form.consistentRead.set(true);
        vm.form.index.set("idx_region");
        assertFalse(vm.form.consistentRead.get());
        assertTrue(vm.form.onIndex.get());
    }

    @Test
    void insertingAnExistingKeyIsRefusedOnBothSidesAndChangesNothing() {
        select("0003");
        CrudRow before = vm.rows.get(vm.selectedRow.get());
        vm.form.operation.set(CrudOperation.UPDATE);
        ItemEditorViewModel editor = vm.editor();
        vm.form.operation.set(CrudOperation.INSERT);
        editor.columns.stream().filter(c -> c.column().equals("name")).findFirst().orElseThrow().text().set("Someone Else");
        vm.write(editor.edit());
        assertTrue(vm.mysqlStatus.get().startsWith("MySQL: ERROR 1062 (23000): Duplicate entry '0003'"), vm.mysqlStatus.get());
        assertTrue(vm.dynamoStatus.get().startsWith("DynamoDB: Duplicate entry '0003' for key 'PRIMARY' (1062); ConditionalCheckFailed"),
                vm.dynamoStatus.get());
        assertTrue(vm.bothReport.get().startsWith("Not atomic across the two engines"), vm.bothReport.get());
        assertTrue(vm.bothReport.get().endsWith("Both sides hold the same record."), vm.bothReport.get());
        getCustomer("0003");
        assertEquals(before.values(), vm.rows.get(0).values());
        assertEquals(before.item(), vm.items.get(0));
    }

    @Test
    void updatingAMissingKeyChangesNothingOnEitherSide() {
        vm.form.operation.set(CrudOperation.UPDATE);
        ItemEditorViewModel editor = vm.editor();
        editor.columns.forEach(c -> c.text().set(switch (c.column()) {
            case "cust_id" -> "9999";
            case "name" -> "Nobody";
            case "region" -> "North";
            default -> "";
        }));
        vm.write(editor.edit());
        assertEquals("MySQL: 0 rows affected", vm.mysqlStatus.get());
        assertTrue(vm.dynamoStatus.get().startsWith("DynamoDB: 0 rows affected (Rows matched: 0  Changed: 0)"), vm.dynamoStatus.get());
        assertTrue(vm.bothReport.get().endsWith("Neither side holds the record now."), vm.bothReport.get());
        getCustomer("9999");
        assertEquals(0, vm.rows.size());
        assertEquals(0, vm.items.size());
    }

    @Test
    void selectingARowSelectsItsItemAndTheReverse() {
        queryRegion("North");
        vm.selectedRow.set(1);
        Item item = vm.items.get(vm.selectedItem.get());
        assertEquals(vm.rows.get(1).item(), item);
        int other = (vm.selectedItem.get() + 1) % 3;
        vm.selectedItem.set(other);
        assertEquals(vm.items.get(other), vm.rows.get(vm.selectedRow.get()).item());
    }

    @Test
    void aDynamoDbOnlyInsertOfATypedItemRefusesA39DigitNumber() {
        vm.form.engine.set(Engine.DYNAMODB);
        vm.form.operation.set(CrudOperation.INSERT);
        ItemEditorViewModel editor = vm.editor();
        assertFalse(editor.rowMode);
        editor.raw.set(true);
        editor.rawJson.set("{\"cust_id\":{\"S\":\"0001\"},\"credit_rating\":{\"N\":\"1234567890123456789012345678901234567890\"}}");
        io.lsql.core.LsqlException e = org.junit.jupiter.api.Assertions.assertThrows(io.lsql.core.LsqlException.class, editor::edit);
        assertTrue(e.getMessage().contains("38"), e.getMessage());
    }

    @Test
    void aMissingDynamoDbTableSaysWhereToCreateIt() {
        vm.tablePrefix.set("nosuch_");
        vm.open("Customers");
        assertTrue(vm.message.get().endsWith("Create it in the browser or run the wizard first."), vm.message.get());
        assertNotNull(vm.failure.get());
    }

    @Test
    void generateCodeWritesTheBoundTablesDaoWhereItWasAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) throws Exception {
        vm.codegen.packageName.set("com.example.crud");
        vm.codegen.folder.set(out);
        vm.generateCode();
        assertTrue(vm.message.get().startsWith("Wrote ") && vm.message.get().contains(PREFIX + "Customers")
                && vm.message.get().contains(out.toString()), vm.message.get());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(out)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.contains("pom.xml"), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("Dao.java")), names.toString());
        }
    }

    @Test
    void aReadOnlyProfileTurnsWritesOffAndSendsNothing(Sandbox sandbox) {
        AppState state = new AppState();
        CrudViewModel readOnly = new CrudViewModel(state, new DirectTaskRunner(), new DesignService());
        CrudFixture.connect(state, sandbox, DB);
        state.mysqlProperty().set(new io.lsql.core.connect.JdbcSource(sandbox.mariaDb().jdbcUrl(DB),
                io.lsql.core.sandbox.MariaDbServer.USER, new char[0], true));
        readOnly.tablePrefix.set(PREFIX);
        readOnly.open("Customers");
        assertFalse(readOnly.writable.get());
        readOnly.form.operation.set(CrudOperation.DELETE);
        readOnly.selectedRow.set(0);
        readOnly.delete();
        assertEquals("This profile is read-only: writes are off, and nothing was sent.", readOnly.message.get());
        readOnly.close();
    }

    @Test
    void aNewCustomerGoesInOnBothSidesAndBulkDeleteTakesItOutOnlyWithTheTableNameTyped() {
        vm.form.operation.set(CrudOperation.INSERT);
        ItemEditorViewModel editor = vm.editor();
        editor.columns.forEach(c -> c.text().set(switch (c.column()) {
            case "cust_id" -> "0100";
            case "name" -> "New Wheels";
            case "email" -> "new@wheels.example";
            case "region" -> "South";
            case "credit_rating" -> "700";
            case "last_updated" -> "2026-11-27 12:00:00";
            default -> "";
        }));
        vm.write(editor.edit());
        assertEquals("MySQL: 1 row affected", vm.mysqlStatus.get());
        assertTrue(vm.dynamoStatus.get().startsWith("DynamoDB: 1 item affected"), vm.dynamoStatus.get());
        assertTrue(vm.bothReport.get().endsWith("Both sides hold the same record."), vm.bothReport.get());
        vm.form.filterColumn.set("cust_id");
        vm.form.filterOp.set(Comparison.EQ);
        vm.form.filterValue.set("0100");
        assertEquals("Customers", vm.bulkDeleteName());
        vm.bulkDelete("customer");
        assertTrue(vm.message.get().contains("type the table name exactly"), vm.message.get());
        vm.bulkDelete("Customers");
        assertEquals("Bulk delete removed 1 MySQL rows [0100] and 1 DynamoDB items.", vm.message.get());
        vm.form.filterColumn.set(null);
        getCustomer("0100");
        assertEquals(0, vm.rows.size());
        assertEquals(0, vm.items.size());
    }

    private void queryRegion(String region) {
        vm.form.operation.set(CrudOperation.QUERY);
        vm.form.engine.set(Engine.BOTH);
        vm.form.index.set("idx_region");
        vm.form.partitionValue.set(region);
        vm.form.sortOp.set((Comparison) null);
        vm.run();
    }

    private void getCustomer(String id) {
        vm.form.operation.set(CrudOperation.GET);
        vm.form.engine.set(Engine.BOTH);
        vm.form.index.set(CrudForm.TABLE);
        vm.form.partitionValue.set(id);
        vm.run();
    }

    private void select(String id) {
        getCustomer(id);
        assertEquals(1, vm.rows.size(), vm.mysqlStatus.get() + " / " + vm.message.get());
        vm.selectedRow.set(0);
        assertEquals(0, vm.selectedItem.get());
    }
}
