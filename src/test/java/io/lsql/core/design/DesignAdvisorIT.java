package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.JdbcTableStatistics;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class DesignAdvisorIT {

    private static Map<String, TableDesign> appDb;
    private static Map<String, TableDesign> typesDemo;
    private static Map<String, TableDesign> cases;

    @BeforeAll
    static void design(Sandbox sandbox) throws Exception {
        appDb = designAll(sandbox, SampleDatabases.APP_DB);
        typesDemo = designAll(sandbox, SampleDatabases.TYPES_DEMO);
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS design_cases");
            s.execute("CREATE DATABASE design_cases");
            s.execute("CREATE TABLE design_cases.events (tenant_id INT NOT NULL, day DATE NOT NULL, seq INT UNSIGNED NOT NULL,"
                    + " amount DECIMAL(10,2) NOT NULL, note TEXT, PRIMARY KEY (tenant_id, day, seq), FULLTEXT KEY ft_note (note),"
                    + " KEY idx_amount_day_seq (amount, day, seq))");
            StringBuilder wide = new StringBuilder("CREATE TABLE design_cases.wide (id INT PRIMARY KEY");
            for (int i = 1; i <= 22; i++) {
                wide.append(", c").append(i).append(" INT, KEY idx_c").append(i).append(" (c").append(i).append(')');
            }
            s.execute(wide.append(')').toString());
            s.execute("CREATE TABLE design_cases.tickets (id INT PRIMARY KEY, status VARCHAR(10) NOT NULL, KEY idx_status (status))");
            s.execute("INSERT INTO design_cases.tickets SELECT seq, ELT(1 + seq % 3, 'open', 'closed', 'waiting') FROM design_cases.seq_1_to_300");
            s.execute("ANALYZE TABLE design_cases.tickets");
        }
        cases = designAll(sandbox, "design_cases");
    }

    private static Map<String, TableDesign> designAll(Sandbox sandbox, String database) throws Exception {
        try (Connection connection = Databases.connect(sandbox, database)) {
            Schema schema = new SchemaReader(connection).read(database);
            return new DesignAdvisor(new JdbcTableStatistics(connection)).design(schema).stream()
                    .collect(Collectors.toMap(TableDesign::sourceName, Function.identity()));
        }
    }

    @Test
    void keysFollowThePrimaryKey() {
        assertKey(appDb.get("Customers"), "cust_id", null);
        assertKey(appDb.get("Reps"), "rep_id", null);
        assertKey(appDb.get("OrderLines"), "ord_id", "ord_line_id");
        assertEquals(KeySource.PRIMARY_KEY, appDb.get("OrderLines").key().source());
        assertEquals(AttributeType.S, appDb.get("OrderLines").key().partitionKey().type());
    }

    @Test
    void threeColumnKeysGetAPaddedCompositeSortKey() {
        TableDesign events = cases.get("events");
        assertKey(events, "tenant_id", "day#seq");
        assertEquals(AttributeType.N, events.key().partitionKey().type());
        assertEquals("{day}#{seq:010}", events.key().sortKey().template());
        assertTrue(events.attributes().stream().anyMatch(a -> a.name().equals("day#seq") && a.sourceColumn() == null),
                "the composite key is an extra attribute; the columns stay");
        assertTrue(events.attributes().stream().anyMatch(a -> a.name().equals("seq")));
        GsiDesign amount = events.gsis().get(0);
        assertEquals("amount", amount.partitionKey().attribute());
        assertEquals("{day}#{seq:010}", amount.sortKey().template());
        assertTrue(events.rationale().stream().anyMatch(r -> r.subject().equals("index ft_note") && r.reason().contains("FULLTEXT")));
    }

    @Test
    void viewsTakeTheirKeysFromTheUnderlyingTables() {
        TableDesign custOrders = appDb.get("vCustOrders");
        assertKey(custOrders, "cust_id", "ord_id");
        assertEquals(KeySource.VIEW_BASE_TABLES, custOrders.key().source());
        assertKey(appDb.get("vOrderLinesDenormalized"), "ord_id", "ord_line_id");
        TableDesign single = appDb.get("vSingleTable");
        assertKey(single, "PK", "SK");
        assertEquals(KeySource.VIEW_KEY_COLUMNS, single.key().source());
    }

    @Test
    void secondaryIndexesBecomeGsisUnlessTheKeyServesThem() {
        TableDesign customers = appDb.get("Customers");
        assertEquals(List.of("idx_email", "idx_region"), customers.gsis().stream().map(GsiDesign::indexName).sorted().toList());
        assertEquals("ALL", customers.gsis().get(0).projection(), "small items project ALL");
        TableDesign products = appDb.get("Products");
        GsiDesign category = products.gsis().get(0);
        assertEquals("category_key", category.partitionKey().attribute(), "a VARCHAR may hold '', which no index key can");
        assertEquals(List.of("category"), category.partitionKey().columns());
        assertTrue(category.sparse(), "rows with category = '' stay out of the index");
        assertEquals("last_updated", category.sortKey().attribute(), "a DATETIME is never empty: indexed as it is");
        TableDesign lines = appDb.get("OrderLines");
        assertEquals(List.of("idx_prod_price"), lines.gsis().stream().map(GsiDesign::indexName).toList(),
                "ord_FK is served by the table key and prod_FK by idx_prod_price");
        TableDesign orders = appDb.get("Orders");
        GsiDesign rep = orders.gsis().stream().filter(g -> g.indexName().equals("idx_rep")).findFirst().orElseThrow();
        assertTrue(rep.sparse(), "rep_id is nullable");
        assertTrue(orders.warnings().stream().anyMatch(w -> w.code().equals("SPARSE_INDEX")));
        TableDesign wide = cases.get("wide");
        assertEquals(20, wide.gsis().size());
        assertTrue(wide.hasWarning("TOO_MANY_GSIS"));
    }

    @Test
    void warnsAboutHotKeysUniqueIndexesAndLossyTypes() {
        assertTrue(cases.get("tickets").warnings().stream()
                .anyMatch(w -> w.code().equals("HOT_PARTITION") && w.subject().equals("GSI idx_status")
                        && w.message().contains("only 3 distinct")), "3 statuses for 300 tickets");
        assertFalse(appDb.get("Customers").warnings().stream()
                .anyMatch(w -> w.code().equals("HOT_PARTITION") && w.subject().equals("GSI idx_email")));
        TableDesign samples = typesDemo.get("type_samples");
        assertTrue(samples.warnings().stream().anyMatch(w -> w.code().equals("DECIMAL_PRECISION") && w.subject().equals("c_decimal_65_30")));
        assertFalse(samples.warnings().stream().anyMatch(w -> w.code().equals("DECIMAL_PRECISION") && w.subject().equals("c_decimal_38_10")));
        assertTrue(samples.warnings().stream().anyMatch(w -> w.code().equals("LOSSY_TYPE") && w.subject().equals("c_geometry")));
        assertTrue(samples.hasWarning("ITEM_SIZE"), "LONGTEXT/LONGBLOB columns can exceed 400 KB");
        TableDesign noPk = typesDemo.get("no_pk_table");
        assertEquals(KeySource.UNIQUE_INDEX, noPk.key().source());
        assertEquals("code", noPk.key().partitionKey().attribute());
        TableDesign noKey = typesDemo.get("no_key_table");
        assertEquals(KeySource.SYNTHETIC, noKey.key().source());
        assertTrue(noKey.hasWarning("SYNTHETIC_KEY"));
        assertTrue(noPk.gsis().stream().anyMatch(GsiDesign::unique));
        assertTrue(noPk.hasWarning("UNIQUE_NOT_ENFORCED"));
    }

    @Test
    void attributeTypesComeFromTheTypeMapping() {
        Map<String, AttributeType> types = typesDemo.get("type_samples").attributes().stream()
                .collect(Collectors.toMap(AttributeDesign::name, AttributeDesign::type));
        assertEquals(AttributeType.BOOL, types.get("c_bool"));
        assertEquals(AttributeType.N, types.get("c_bigint_unsigned"));
        assertEquals(AttributeType.S, types.get("c_decimal_65_30"));
        assertEquals(AttributeType.N, types.get("c_decimal_38_10"));
        assertEquals(AttributeType.SS, types.get("c_set"));
        assertEquals(AttributeType.B, types.get("c_blob"));
        assertEquals(AttributeType.B, types.get("c_bit12"));
        assertEquals(AttributeType.BOOL, types.get("c_bit1"));
        assertEquals(AttributeType.DOCUMENT, types.get("c_json"));
        assertEquals(AttributeType.S, types.get("c_timestamp"));
        assertEquals(AttributeType.N, types.get("c_year"));
    }

    @Test
    void foreignKeysComeWithJoinAndItemCollectionHints() {
        ForeignKeyHint ordFk = appDb.get("OrderLines").hints().stream().filter(h -> h.constraint().equals("ord_FK"))
                .findFirst().orElseThrow();
        assertEquals("SELECT p.*, c.* FROM Orders p JOIN OrderLines c ON c.ord_id = p.ord_id", ordFk.joinSql());
        assertTrue(ordFk.itemCollection().contains("already uses ord_id as its partition key"));
        assertTrue(appDb.get("Orders").hints().stream().anyMatch(h -> h.childTable().equals("OrderLines")), "incoming FKs too");
    }

    @Test
    void everyCreateTableJsonIsAcceptedByDynamoDb(Sandbox sandbox) {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            for (Map<String, TableDesign> designs : List.of(appDb, typesDemo, cases)) {
                for (TableDesign design : designs.values()) {
                    String name = "it_" + design.tableName();
                    var json = CreateTableJson.toJson(design).put("TableName", name);
                    TableDescription table = TableCreator.create(dynamo, json);
                    assertEquals(TableStatus.ACTIVE, table.tableStatus(), name);
                    assertEquals(design.gsis().size(), table.globalSecondaryIndexes().size(), name);
                    dynamo.deleteTable(b -> b.tableName(name));
                }
            }
        }
    }

    private static void assertKey(TableDesign design, String hash, String range) {
        assertEquals(hash, design.key().partitionKey().attribute(), design.sourceName() + " partition key");
        if (range == null) {
            assertNull(design.key().sortKey(), design.sourceName() + " has no sort key");
        } else {
            assertEquals(range, design.key().sortKey().attribute(), design.sourceName() + " sort key");
        }
    }

}
