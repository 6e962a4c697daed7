package io.lsql.core.migrate;

import io.lsql.core.design.DesignAdvisor;
import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.TableDesign;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.JdbcTableStatistics;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every source row arrives exactly once or is named: schemas whose shapes used to lose or refuse
 * rows (no primary key with identical rows, index keys that can't hold '' or BOOL or SET values,
 * composite keys with separators and negative numbers, keys that collide, keys over DynamoDB's size
 * limits), migrated into moto and verified.
 */
@IntegrationTest
class IntegrityIT {

    static final String DB = "integrity_db";

    @BeforeAll
    static void createSchema(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            s.execute("USE " + DB);
            s.execute("CREATE TABLE event_log (at DATETIME NOT NULL, kind VARCHAR(20) NOT NULL, detail VARCHAR(100) NULL)");
            s.execute("INSERT INTO event_log VALUES ('2026-01-01 10:00:00','login',NULL), ('2026-01-01 10:00:00','login',NULL),"
                    + " ('2026-01-02 11:00:00','logout','bye'), ('2026-01-01 10:00:00','login',NULL),"
                    + " ('2026-01-01 10:00:00','login','ok'), ('2026-01-01 10:00:00','login','ok')");
            s.execute("CREATE TABLE shelves (id INT PRIMARY KEY, branch_id INT NOT NULL, shelf VARCHAR(20) NOT NULL,"
                    + " active TINYINT(1) NOT NULL, tags SET('a','b','c') NOT NULL, KEY idx_branch_shelf (branch_id, shelf),"
                    + " KEY idx_active (active), KEY idx_tags (tags))");
            s.execute("INSERT INTO shelves VALUES (1, 10, 'A1', 1, 'a'), (2, 10, '', 0, ''), (3, 11, 'B2', 2, 'a,b'),"
                    + " (4, 11, '', 1, 'c')");
            s.execute("CREATE TABLE parts (p VARCHAR(10), s1 VARCHAR(10), s2 VARCHAR(10), PRIMARY KEY (p, s1, s2))");
            s.execute("INSERT INTO parts VALUES ('x', 'a#b', 'c'), ('x', 'a', 'b#c'), ('x', 'a$', 'b'), ('x', 'a', 'b$#c')");
            s.execute("CREATE TABLE readings (sensor VARCHAR(10), n INT, `a:b` VARCHAR(5), val DECIMAL(6,2),"
                    + " PRIMARY KEY (sensor, n, `a:b`))");
            s.execute("INSERT INTO readings VALUES ('s', -42, 'x', -1.5), ('s', 3, 'x', 2), ('s', -5, 'x', 0), ('s', 0, 'y', 1),"
                    + " ('s', 0, 'x', 1)");
            s.execute("CREATE TABLE flags (f TINYINT(1) PRIMARY KEY, note VARCHAR(10))");
            s.execute("INSERT INTO flags VALUES (0, 'zero'), (1, 'one'), (2, 'two')");
            s.execute("CREATE TABLE shelf_tags (id INT, tag VARCHAR(5), PRIMARY KEY (id, tag))");
            s.execute("INSERT INTO shelf_tags VALUES (1, 'red'), (1, 'blue'), (3, 'red')");
            s.execute("CREATE VIEW v_shelf_tags AS SELECT s.id, s.shelf, t.tag FROM shelves s JOIN shelf_tags t ON t.id = s.id");
            s.execute("CREATE TABLE long_keys (k VARCHAR(3000) CHARACTER SET latin1 PRIMARY KEY, v INT)");
            s.execute("INSERT INTO long_keys VALUES (REPEAT('k', 2100), 1), ('short', 2)");
        }
    }

    @Test
    void identicalRowsOfATableWithoutKeyEachBecomeAnItem(Sandbox sandbox, @TempDir Path dir) throws Exception {
        RunSummary run = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "event_log", "it_event_log",
                dir.resolve("s").toString(), LoadMethod.BATCH));
        assertEquals(6, run.rowsRead());
        assertEquals(0, run.rejected());
        assertEquals(6, run.load().items());
        assertTrue(run.verify().equal(), run.verify().toString());
        assertEquals(6, run.verify().targetItems());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            List<String> keys = dynamo.scan(b -> b.tableName("it_event_log")).items().stream().map(i -> i.get("row_id").s()).toList();
            assertEquals(6, Set.copyOf(keys).size(), "six distinct items");
            Map<String, Long> occurrences = keys.stream().collect(Collectors.groupingBy(k -> k.substring(0, k.indexOf('#')),
                    Collectors.counting()));
            assertEquals(List.of(1L, 2L, 3L), occurrences.values().stream().sorted().toList(), "3 + 2 + 1 identical rows");
            assertTrue(keys.stream().anyMatch(k -> k.endsWith("#3")));
        }
        VerifyResult again = Migrations.service(sandbox, DB).verify(Migrations.plan(MigrationSource.Kind.TABLE, "event_log", "it_event_log", null, LoadMethod.BATCH));
        assertTrue(again.equal(), "a second read numbers identical rows the same way: " + again);
    }

    @ParameterizedTest(name = "load {0}")
    @ValueSource(strings = {"batch", "import"})
    void indexKeysThatCannotHoldAValueUseADerivedSparseAttribute(String load, Sandbox sandbox, @TempDir Path dir) throws Exception {
        String table = "it_shelves_" + load;
        String stage = "import".equals(load) ? Migrations.s3Stage(sandbox) : dir.resolve("s").toString();
        RunSummary run = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "shelves", table, stage,
                LoadMethod.parse(load)));
        assertEquals(0, run.rejected());
        assertEquals(1, run.nonBooleans(), "active = 2 is counted");
        assertTrue(run.verify().equal(), run.verify().toString());
        assertEquals(4, run.verify().targetItems());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            TableDescription described = dynamo.describeTable(b -> b.tableName(table)).table();
            Map<String, List<String>> indexes = described.globalSecondaryIndexes().stream().collect(Collectors.toMap(
                    g -> g.indexName(), g -> g.keySchema().stream().map(KeySchemaElement::attributeName).toList()));
            assertEquals(List.of("branch_id", "shelf_key"), indexes.get("idx_branch_shelf"));
            assertEquals(List.of("active_key"), indexes.get("idx_active"));
            assertEquals(List.of("tags_key"), indexes.get("idx_tags"));
            Map<String, ScalarAttributeType> types = described.attributeDefinitions().stream()
                    .collect(Collectors.toMap(d -> d.attributeName(), d -> d.attributeType()));
            assertEquals(ScalarAttributeType.N, types.get("active_key"));
            assertEquals(ScalarAttributeType.S, types.get("shelf_key"));

            Map<String, AttributeValue> empty = get(dynamo, table, 2);
            assertEquals("", empty.get("shelf").s(), "the column keeps its faithful value");
            assertFalse(empty.containsKey("shelf_key") || empty.containsKey("tags_key"), "left out of the index: " + empty);
            assertEquals(Boolean.FALSE, empty.get("active").bool());
            assertEquals("0", empty.get("active_key").n());
            Map<String, AttributeValue> two = get(dynamo, table, 3);
            assertEquals(Boolean.TRUE, two.get("active").bool());
            assertEquals("2", two.get("active_key").n(), "the index keeps the stored number");
            assertEquals(Set.of("a", "b"), Set.copyOf(two.get("tags").ss()));
            assertEquals("a,b", two.get("tags_key").s());

            int inIndex = dynamo.query(b -> b.tableName(table).indexName("idx_branch_shelf")
                    .keyConditionExpression("branch_id = :b").expressionAttributeValues(Map.of(":b", AttributeValue.fromN("10"))))
                    .count();
            assertEquals(1, inIndex, "the row with shelf = '' is not in the index (sparse)");
        }
    }

    @Test
    void theDesignSaysWhyAndCountsTheRowsAnIndexCannotHold(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            Schema schema = new SchemaReader(connection).read(DB);
            TableDesign design = new DesignAdvisor(new JdbcTableStatistics(connection))
                    .design(schema, schema.table("shelves").orElseThrow());
            GsiDesign gsi = design.gsis().stream().filter(g -> g.indexName().equals("idx_branch_shelf")).findFirst().orElseThrow();
            assertEquals("shelf_key", gsi.sortKey().attribute());
            assertTrue(gsi.sparse());
            assertTrue(design.rationale().stream().anyMatch(r -> r.subject().contains("shelf_key")
                    && r.reason().contains("empty string")), design.rationale().toString());
            DesignWarning empty = design.warnings().stream().filter(w -> w.code().equals("EMPTY_INDEX_KEY")
                    && w.subject().contains("idx_branch_shelf")).findFirst().orElseThrow();
            assertTrue(empty.message().startsWith("2 row(s) have an empty shelf"), empty.message());
            DesignWarning bools = design.warnings().stream().filter(w -> w.code().equals("NON_BOOLEAN_TINYINT")).findFirst()
                    .orElseThrow();
            assertTrue(bools.message().startsWith("1 row(s) hold active values other than 0 and 1"), bools.message());
        }
    }

    @Test
    void compositeKeysNeverCollideAndSortLikeTheSource(Sandbox sandbox, @TempDir Path dir) throws Exception {
        RunSummary parts = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "parts", "it_parts",
                dir.resolve("p").toString(), LoadMethod.BATCH));
        assertEquals(0, parts.rejected());
        assertTrue(parts.verify().equal(), parts.verify().toString());
        assertEquals(4, parts.verify().targetItems(), "('a#b','c') and ('a','b#c') stay two items");

        RunSummary readings = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "readings", "it_readings",
                dir.resolve("r").toString(), LoadMethod.BATCH));
        assertTrue(readings.verify().equal(), readings.verify().toString());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            List<String> inOrder = dynamo.query(b -> b.tableName("it_readings").keyConditionExpression("sensor = :s")
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("s")))).items().stream()
                    .map(i -> i.get("n").n() + "/" + i.get("a:b").s()).toList();
            assertEquals(List.of("-42/x", "-5/x", "0/x", "0/y", "3/x"), inOrder, "sort key order = (n, a:b) order");
        }
    }

    @Test
    void booleanKeyValuesKeepTheStoredNumber(Sandbox sandbox, @TempDir Path dir) throws Exception {
        RunSummary run = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "flags", "it_flags",
                dir.toString(), LoadMethod.BATCH));
        assertEquals(3, run.load().items(), "1 and 2 are two keys, not one 'true'");
        assertTrue(run.verify().equal(), run.verify().toString());
    }

    @Test
    void rowsSharingAnItemKeyAreRejectedAndNamedBeforeTheLoad(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationPlan plan = Migrations.plan(MigrationSource.Kind.TABLE, "shelves", "it_shelves_by_branch", dir.toString(), LoadMethod.BATCH)
                .withKeys("branch_id", null);
        RunSummary run = Migrations.service(sandbox, DB).migrate(plan);
        assertEquals(4, run.rowsRead());
        assertEquals(2, run.rejected());
        assertEquals(2, run.duplicateKeys());
        assertEquals(2, run.load().items());
        assertTrue(run.verify().equal(), "the duplicates are the export's named rejects: " + run.verify());
        assertTrue(run.verify().note().contains("share an item key"), run.verify().note());
        String rejects = Files.readString(dir.resolve("rejects.jsonl"));
        assertEquals(2, rejects.lines().count(), rejects);
        String first = rejects.lines().filter(l -> l.contains("\"key\":\"branch_id=10\"")).findFirst().orElseThrow();
        assertTrue(first.contains("duplicate key") && first.contains("\"row\":{") && first.contains("\"sameKeyAs\":{"), first);
        assertTrue(first.contains("\"id\":{\"N\":\"2\"}") && first.contains("\"id\":{\"N\":\"1\"}"), "both rows named: " + first);
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            Map<String, AttributeValue> kept = dynamo.getItem(b -> b.tableName("it_shelves_by_branch")
                    .key(Map.of("branch_id", AttributeValue.fromN("10")))).item();
            assertEquals("1", kept.get("id").n(), "the first row in export order is the one loaded");
        }
    }

    @Test
    void aViewWhoseKeyRepeatsExitsWithRejectsNamingBothRows(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", io.lsql.core.sandbox.SandboxInfo.ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", io.lsql.core.sandbox.SandboxInfo.SECRET_KEY, "AWS_REGION", Sandbox.REGION,
                "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
        io.lsql.testing.CliProcess.Result run = io.lsql.testing.CliProcess.run(env, "migrate", "--jdbc-url",
                sandbox.mariaDb().jdbcUrl(DB), "--user", "root", "--view", "v_shelf_tags", "--target-table", "it_shelf_tags",
                "--stage", dir.toString(), "--load", "batch");
        assertEquals(4, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("duplicates 1 row(s) share an item key"), run.out());
        assertTrue(run.out().contains("verify     EQUAL"), run.out());
        String reject = Files.readString(dir.resolve("rejects.jsonl"));
        assertTrue(reject.contains("\"key\":\"id=1\"") && reject.contains("\"tag\":{\"S\":\"red\"}")
                && reject.contains("\"tag\":{\"S\":\"blue\"}"), reject);
    }

    @Test
    void duplicateKeysAreDroppedFromAnS3StageBeforeImportTableAndAResumeKeepsTheOutcome(Sandbox sandbox) throws Exception {
        String stage = Migrations.s3Stage(sandbox);
        MigrationPlan plan = Migrations.plan(MigrationSource.Kind.VIEW, "v_shelf_tags", "it_shelf_tags_import", stage, LoadMethod.IMPORT);
        RunSummary run = Migrations.service(sandbox, DB).migrate(plan);
        assertEquals(3, run.rowsRead());
        assertEquals(1, run.duplicateKeys());
        assertEquals(LoadMethod.IMPORT, run.load().method());
        assertEquals(2, run.load().items(), "ImportTable saw only the kept rows");
        assertTrue(run.verify().equal(), run.verify().toString());
        try (var s3 = Databases.aws(sandbox).s3()) {
            String bucket = stage.substring("s3://".length(), stage.indexOf('/', "s3://".length()));
            String prefix = stage.substring(stage.indexOf('/', "s3://".length()) + 1);
            List<String> data = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix + "/data/")).contents().stream()
                    .map(o -> o.key()).toList();
            assertEquals(1, data.size(), "the rewritten file replaced the original: " + data);
            assertTrue(data.get(0).contains("-k-"), data.toString());
        }
        RunSummary resumed = Migrations.service(sandbox, DB).resume(run.runId(), stage, RunOverrides.NONE);
        assertEquals(1, resumed.duplicateKeys(), "the checkpointed outcome is reported again, not recomputed to zero");
        assertTrue(resumed.verify().equal(), resumed.verify().toString());
    }

    @Test
    void keysOverDynamoDbsSizeLimitsAreRejectsNotFailures(Sandbox sandbox, @TempDir Path dir) throws Exception {
        RunSummary run = Migrations.service(sandbox, DB).migrate(Migrations.plan(MigrationSource.Kind.TABLE, "long_keys", "it_long_keys",
                dir.toString(), LoadMethod.BATCH));
        assertEquals(1, run.rejected());
        assertEquals(1, run.load().items());
        String reject = Files.readString(dir.resolve("rejects.jsonl"));
        assertTrue(reject.contains("partition key k is 2100 bytes, over DynamoDB's 2048-byte limit"), reject);
        assertTrue(run.verify().equal(), run.verify().toString());
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String table, int id) {
        return dynamo.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromN(Integer.toString(id))))
                .consistentRead(true)).item();
    }
}
