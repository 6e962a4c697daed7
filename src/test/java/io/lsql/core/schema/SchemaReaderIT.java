package io.lsql.core.schema;

import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class SchemaReaderIT {

    @Test
    void readsTheWorkshopTablesWithKeysIndexesAndForeignKeys(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, SampleDatabases.APP_DB)) {
            Schema schema = new SchemaReader(connection).read(SampleDatabases.APP_DB);
            assertEquals(Schema.ServerFlavor.MARIADB, schema.flavor());
            Table lines = schema.table("OrderLines").orElseThrow();
            assertEquals(List.of("ord_id", "ord_line_id"), lines.primaryKey());
            Index prodPrice = lines.indexes().stream().filter(i -> i.name().equals("idx_prod_price")).findFirst().orElseThrow();
            assertEquals(List.of("prod_id", "item_price"), prodPrice.columnNames());
            assertFalse(prodPrice.unique());
            assertEquals(List.of("ord_FK", "prod_FK"), lines.foreignKeys().stream().map(ForeignKey::name).sorted().toList());
            ForeignKey ordFk = lines.foreignKeys().stream().filter(f -> f.name().equals("ord_FK")).findFirst().orElseThrow();
            assertEquals("Orders", ordFk.referencedTable());
            assertEquals(List.of("ord_id"), ordFk.referencedColumns());

            Table customers = schema.table("Customers").orElseThrow();
            Column phone = customers.column("phone").orElseThrow();
            assertTrue(phone.nullable());
            assertEquals("varchar", phone.dataType());
            assertEquals(30L, phone.charLength());
            assertEquals(120L, phone.maxBytes(), "utf8mb4: 4 bytes per character");
            assertFalse(customers.column("cust_id").orElseThrow().nullable());
            assertEquals(10, customers.rowEstimate(), 10, "row estimate near the 10 sample customers");
            assertEquals(List.of("Orders"), schema.incomingForeignKeys("Customers").stream().map(ForeignKey::table).toList());
        }
    }

    @Test
    void readsViewsWithTheirBaseTablesAndColumnOrigins(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, SampleDatabases.APP_DB)) {
            Schema schema = new SchemaReader(connection).read(SampleDatabases.APP_DB);
            Table view = schema.table("vCustOrders").orElseThrow();
            assertTrue(view.isView());
            assertTrue(view.primaryKey().isEmpty());
            assertEquals(List.of("cust_id", "ord_id", "name", "email", "region", "state", "rep_id", "ord_date", "ship_date"),
                    view.columns().stream().map(Column::name).toList());
            assertTrue(view.view().baseTables().containsAll(List.of("Customers", "Orders", "Reps")), view.view().baseTables().toString());
            assertEquals("Orders", view.view().columnOrigins().get("ord_id").table());
            assertTrue(view.view().definition().toLowerCase().contains("join"));
            assertTrue(schema.tables().stream().filter(Table::isView).count() >= 4, "vCustOrders plus at least three technique views");
        }
    }

    @Test
    void normalisesEveryTypeOfTypesDemo(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, SampleDatabases.TYPES_DEMO)) {
            Schema schema = new SchemaReader(connection).read(SampleDatabases.TYPES_DEMO);
            Table t = schema.table("type_samples").orElseThrow();
            assertEquals("json", t.column("c_json").orElseThrow().dataType(), "MariaDB JSON (longtext + json_valid) reads as json");
            Column unsigned = t.column("c_bigint_unsigned").orElseThrow();
            assertTrue(unsigned.unsigned());
            Column decimal = t.column("c_decimal_65_30").orElseThrow();
            assertEquals(65, decimal.precision());
            assertEquals(30, decimal.scale());
            assertEquals(6, t.column("c_datetime6").orElseThrow().datetimePrecision());
            assertEquals(List.of("a", "b", "c", "d"), t.column("c_set").orElseThrow().enumValues());
            assertEquals("bit", t.column("c_bit12").orElseThrow().dataType());
            assertEquals("geometry", t.column("c_geometry").orElseThrow().dataType());
            assertNull(t.column("c_int").orElseThrow().defaultValue());

            Table noPk = schema.table("no_pk_table").orElseThrow();
            assertTrue(noPk.primaryKey().isEmpty(), "a UNIQUE NOT NULL index is not a primary key");
            assertTrue(noPk.indexes().stream().anyMatch(Index::unique));
        }
    }

    @Test
    void reportsAnUnknownDatabaseInOneSentence(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(io.lsql.core.LsqlException.class,
                    () -> new SchemaReader(connection).read("no_such_db"));
            assertEquals("The server has no database 'no_such_db'.", e.getMessage());
        }
    }
}
