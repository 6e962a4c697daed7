package io.lsql.core.migrate;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.load.BatchWriteLoader;
import io.lsql.core.load.LoadFile;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.load.LoadRequest;
import io.lsql.core.load.LoadResult;
import io.lsql.core.load.TargetTables;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.mapping.Transform;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.stage.LocalStage;
import io.lsql.core.stage.StageCompression;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transforms, constants and the write condition against MariaDB and moto: rows staged through the
 * layout, loaded by the batch loader, read back from the table and verified against the source.
 */
@IntegrationTest
class TransformIT {

    static final String DB = "transform_db";
    private static final CancellationToken NO_CANCEL = new CancellationToken();

    @BeforeAll
    static void createSchema(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00'");
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            s.execute("USE " + DB);
            s.execute("CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO accounts VALUES (1, 'ann'), (2, 'bob'), (3, 'cyd'), (4, 'dan'), (5, 'eve')");
            s.execute("CREATE TABLE orders (ord_id VARCHAR(10) PRIMARY KEY, ord_date DATETIME NOT NULL, paid_at TIMESTAMP(3) NULL,"
                    + " total DECIMAL(10,2) NOT NULL, express TINYINT(1) NOT NULL, ratio DOUBLE NOT NULL)");
            s.execute("INSERT INTO orders VALUES ('o1', '2024-01-02 03:04:05', '2024-01-02 03:04:06.250', 12.50, 1, 1e300),"
                    + " ('o2', '1969-12-31 23:59:59', NULL, 0.10, 0, 0.5)");
        }
    }

    @Test
    void aSecondLoadThatKeepsExistingItemsChangesNothingAndCountsEveryItem(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String table = "it_accounts_keep";
        MigrationSource from = new MigrationSource(MigrationSource.Kind.TABLE, "accounts");
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            Target target = target(sandbox, from, table);
            TargetTables.ensure(dynamo, target.createTable());

            LoadResult first = load(sandbox, dynamo, target, from, dir.resolve("first"), true);
            assertEquals(5, first.items());
            assertEquals(0, first.conditionalFailures());

            try (Connection connection = Databases.connect(sandbox, DB); Statement s = connection.createStatement()) {
                s.execute("UPDATE accounts SET name = UPPER(name)");
            }
            LoadResult second = load(sandbox, dynamo, target, from, dir.resolve("second"), true);
            assertEquals(0, second.items());
            assertEquals(5, second.conditionalFailures(), "every item was already there");
            assertEquals(0, second.errors());
            assertEquals(Map.of("1", "ann", "2", "bob", "3", "cyd", "4", "dan", "5", "eve"), names(dynamo, table),
                    "no item changed");

            LoadResult overwrite = load(sandbox, dynamo, target, from, dir.resolve("third"), false);
            assertEquals(5, overwrite.items());
            assertEquals(0, overwrite.conditionalFailures());
            assertEquals("ANN", names(dynamo, table).get("1"), "without the condition the load replaces items");
        } finally {
            try (Connection connection = Databases.connect(sandbox, DB); Statement s = connection.createStatement()) {
                s.execute("UPDATE accounts SET name = LOWER(name)");
            }
        }
    }

    @Test
    void constantsAndTransformedColumnsAreWrittenAndVerify(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String table = "it_orders_transformed";
        MigrationSource from = new MigrationSource(MigrationSource.Kind.TABLE, "orders");
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            Target plain = target(sandbox, from, table);
            ItemLayout layout = plain.layout()
                    .withTransforms(Map.of("ord_date", Transform.EPOCH_SECONDS, "paid_at", Transform.EPOCH_MILLIS,
                            "total", Transform.STRING, "express", Transform.NUMBER, "ratio", Transform.STRING))
                    .withConstants(Map.of("entity", "Order"));
            Target target = new Target(layout, plain.createTable());
            TargetTables.ensure(dynamo, target.createTable());
            LoadResult loaded = load(sandbox, dynamo, target, from, dir.resolve("s"), false);
            assertEquals(2, loaded.items());

            Map<String, AttributeValue> o1 = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                    .key(Map.of("ord_id", AttributeValue.fromS("o1")))).item();
            assertEquals(AttributeValue.fromN("1704164645"), o1.get("ord_date"));
            assertEquals(AttributeValue.fromN("1704164646250"), o1.get("paid_at"));
            assertEquals(AttributeValue.fromS("12.50"), o1.get("total"));
            assertEquals(AttributeValue.fromN("1"), o1.get("express"));
            assertEquals(AttributeValue.fromS("1E+300"), o1.get("ratio"), "beyond DynamoDB's numbers, fine as text");
            assertEquals(AttributeValue.fromS("Order"), o1.get("entity"));
            Map<String, AttributeValue> o2 = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                    .key(Map.of("ord_id", AttributeValue.fromS("o2")))).item();
            assertEquals(AttributeValue.fromN("-1"), o2.get("ord_date"), "DATETIME is read as UTC");
            assertFalse(o2.containsKey("paid_at"), "NULL stays left out");
            assertEquals(AttributeValue.fromS("Order"), o2.get("entity"));

            VerifyResult verify = new Verifier(Databases.source(sandbox, DB), dynamo, ProgressListener.NONE, NO_CANCEL)
                    .verify(from, layout, table, 1);
            assertTrue(verify.equal(), "verify re-encodes the source with the transforms and the constant: " + verify);

            dynamo.updateItem(b -> b.tableName(table).key(Map.of("ord_id", AttributeValue.fromS("o1")))
                    .updateExpression("SET entity = :e").expressionAttributeValues(Map.of(":e", AttributeValue.fromS("Customer"))));
            VerifyResult changed = new Verifier(Databases.source(sandbox, DB), dynamo, ProgressListener.NONE, NO_CANCEL)
                    .verify(from, layout, table, 1);
            assertFalse(changed.equal(), "a changed constant is a difference: " + changed);
        }
    }

    private record Target(ItemLayout layout, com.fasterxml.jackson.databind.node.ObjectNode createTable) {
    }

    private static Target target(Sandbox sandbox, MigrationSource from, String table) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            SourceDescription description = SourceDescriber.describe(connection, DB, from);
            MigrationPlan plan = Migrations.plan(MigrationSource.Kind.TABLE, from.name(), table, null, LoadMethod.BATCH);
            ItemLayout layout = Layouts.layout(description, plan);
            return new Target(layout, Layouts.createTable(description, plan, layout));
        }
    }

    /** Stages the source through the layout into a fresh local stage, then loads that stage in batches. */
    private static LoadResult load(Sandbox sandbox, DynamoDbClient dynamo, Target target, MigrationSource from, Path stageDir,
                                   boolean keepExisting) throws Exception {
        try (LocalStage stage = new LocalStage(stageDir)) {
            LoadFile file = stage(sandbox, target.layout(), from, stage);
            return new BatchWriteLoader(dynamo, 2, 0, ProgressListener.NONE, NO_CANCEL).withAttributeNotExists(keepExisting)
                    .load(new LoadRequest(stage, "data/", List.of(file), target.createTable(), StageCompression.NONE, file.items()));
        }
    }

    private static LoadFile stage(Sandbox sandbox, ItemLayout layout, MigrationSource from, LocalStage stage) throws Exception {
        RowMapper mapper = new RowMapper(layout);
        ItemEncoder encoder = new ItemEncoder(layout);
        long items = 0;
        try (Connection connection = Databases.connect(sandbox, DB); Statement s = connection.createStatement();
             OutputStream out = stage.create("data/items.json")) {
            s.execute("SET SESSION time_zone = '+00:00'");
            try (ResultSet rs = s.executeQuery(SourceQuery.select(from, layout, null, 0))) {
                while (rs.next()) {
                    assertTrue(mapper.read(rs).isEmpty());
                    ItemEncoder.Result result = encoder.encode(mapper);
                    assertTrue(result.ok(), result.reason());
                    out.write(encoder.bytes(), 0, encoder.length());
                    items++;
                }
            }
        }
        return new LoadFile("data/items.json", items);
    }

    private static Map<String, String> names(DynamoDbClient dynamo, String table) {
        Map<String, String> names = new TreeMap<>();
        dynamo.scan(b -> b.tableName(table).consistentRead(true)).items()
                .forEach(item -> names.put(item.get("id").n(), item.get("name").s()));
        return names;
    }
}
