package io.lsql.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.mapping.Transform;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.design.DesignService;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanSource;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dry run reads every source through the export's reader and reports exactly the defects seeded into a
 * small schema, writing nothing anywhere; and a dry run of the workshop schema is clean.
 */
@IntegrationTest
class DryRunIT {

    static final String DB = "dry_run_db";
    private static final String FORTY_DIGITS = "1234567890123456789012345678901234567890";

    @BeforeAll
    static void createSchema(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            s.execute("USE " + DB);
            s.execute("CREATE TABLE docs (id INT PRIMARY KEY, title VARCHAR(50) NOT NULL, body LONGTEXT NULL, score DOUBLE NULL,"
                    + " amount DECIMAL(45,0) NULL)");
            // one item over 400 KB, and a 40-digit DECIMAL that the plan writes as a number (transform NUMBER)
            s.execute("INSERT INTO docs VALUES (1, 'small', 'hello', 1.5, 7), (2, 'big', REPEAT('x', 500 * 1024), 2, NULL),"
                    + " (3, 'far', 'ok', NULL, NULL), (4, 'plain', 'text', NULL, " + FORTY_DIGITS + ")");
            // two sources of one single-table target whose ids 2 and 3 meet on the same key
            s.execute("CREATE TABLE events_a (id INT PRIMARY KEY, note VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO events_a VALUES (1, 'a1'), (2, 'a2'), (3, 'a3')");
            s.execute("CREATE TABLE events_b (id INT PRIMARY KEY, note VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO events_b VALUES (2, 'b2'), (3, 'b3'), (4, 'b4')");
            // one empty key value
            s.execute("CREATE TABLE tags (code VARCHAR(10) NOT NULL, label VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO tags VALUES ('a', 'A'), ('', 'empty'), ('c', 'C')");
        }
    }

    @Test
    void reportsExactlyTheSeededDefectsAndWritesNothing(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        Path work = dir.resolve("work");
        Plan plan = new Plan(Plan.VERSION, new PlanSource(null, sandbox.mariaDb().jdbcUrl(DB), "root"), null,
                stage.toUri().toString(), RunDefaults.STANDARD, List.of(docs(), events(), tags()));
        List<String> tablesBefore = tables(sandbox);

        DryRunReport report = new DryRun(Databases.source(sandbox, DB), ProgressListener.NONE, new CancellationToken())
                .run(plan, work);

        TargetDryRun docs = report.target("dr_docs");
        assertEquals(4, docs.rows());
        assertEquals(2, docs.items());
        assertEquals(2, docs.rejected());
        assertEquals(1, docs.rejects(DryRunReason.ITEM_OVER_400_KB), docs.text());
        assertEquals(1, docs.rejects(DryRunReason.NUMBER_OUT_OF_RANGE), docs.text());
        assertEquals(0, docs.duplicates().rows());
        assertEquals(2, docs.cost().tableWrites(), "two small items, one unit each");
        assertEquals(3, docs.cost().indexWrites(), "by_title holds both items; the sparse by_score only the one with a score");
        assertEquals(docs.sizes().max(), docs.sizes().p95());
        assertTrue(docs.sizes().max() < 1024 && docs.sizes().p50() > 0, docs.text());
        assertTrue(docs.stagedBytes() > docs.sizes().max(), "two encoded lines");
        assertFalse(docs.clean());

        TargetDryRun events = report.target("dr_events");
        assertEquals(6, events.rows());
        assertEquals(6, events.items());
        assertEquals(0, events.rejected());
        assertEquals(2, events.duplicates().keys(), events.text());
        assertEquals(2, events.duplicates().rows());
        TargetDryRun.DuplicateKey first = events.duplicates().examples().get(0);
        assertEquals("PK=EV#2", first.key());
        assertEquals(List.of("row 2 of events_a", "row 1 of events_b"), first.rows());
        assertEquals(List.of(3L, 3L), events.sources().stream().map(TargetDryRun.SourceRows::items).toList());

        TargetDryRun tags = report.target("dr_tags");
        assertEquals(3, tags.rows());
        assertEquals(2, tags.items());
        assertEquals(1, tags.rejects(DryRunReason.EMPTY_OR_NULL_KEY), tags.text());
        assertEquals(1, tags.rejected());

        assertFalse(report.clean());
        assertEquals(tablesBefore, tables(sandbox), "no DynamoDB table was created");
        assertFalse(Files.exists(stage) && !isEmpty(stage), "nothing was staged");
        assertTrue(isEmpty(work), "the key spill is gone");
        String text = report.text();
        assertTrue(text.contains("1 items over 400 KB") && text.contains("duplicate key PK=EV#2"), text);
        assertEquals(List.of("row 2 of tags: empty key value"), tags.rejects().get(0).examples());
        assertTrue(docs.rejects().get(0).examples().get(0).startsWith("row 2 of docs (id=2): item is "), docs.text());
        assertTrue(docs.rejects().get(1).examples().get(0).startsWith("row 4 of docs (id=4): column amount: " + FORTY_DIGITS),
                docs.text());
    }

    @Test
    void reportSerializesAsJson(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Plan plan = new Plan(Plan.VERSION, null, null, null, null, List.of(tags()));
        DryRunReport report = new DryRun(Databases.source(sandbox, DB), ProgressListener.NONE, new CancellationToken())
                .run(plan, dir);
        ObjectMapper json = new ObjectMapper();
        JsonNode tree = json.readTree(json.writeValueAsString(report));
        assertFalse(tree.get("clean").asBoolean());
        JsonNode target = tree.get("targets").get(0);
        assertEquals("empty-or-null-key", target.get("rejects").get(0).get("reason").asText());
        assertEquals(1, target.get("rejected").asLong());
        assertEquals(report, json.readValue(json.writeValueAsString(report), DryRunReport.class));
    }

    @Test
    void aTargetThatCannotBeReadIsNamedAndTheOthersStillRun(Sandbox sandbox, @TempDir Path dir) {
        TargetSource missing = new TargetSource("tags", MigrationSource.Kind.TABLE, "tags", null,
                List.of(new KeyTemplateSpec("code", "{no_such_column}")), List.of(), false);
        Plan plan = new Plan(Plan.VERSION, null, null, null, RunDefaults.STANDARD.withParallelTargets(2),
                List.of(tags().withTable("dr_broken").withSources(List.of(missing)), tags()));
        DryRunReport report = new DryRun(Databases.source(sandbox, DB), ProgressListener.NONE, new CancellationToken())
                .run(plan, dir);
        TargetDryRun broken = report.target("dr_broken");
        assertTrue(broken.error().contains("no_such_column"), broken.error());
        assertFalse(broken.clean());
        assertEquals(3, report.target("dr_tags").rows(), "the other target ran");
        assertTrue(report.failed());
        assertTrue(report.text().contains("dr_broken  ERROR"), report.text());
    }

    @Test
    void aCancelledDryRunStops(Sandbox sandbox, @TempDir Path dir) {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        Plan plan = new Plan(Plan.VERSION, null, null, null, null, List.of(tags()));
        assertThrows(CancellationException.class,
                () -> new DryRun(Databases.source(sandbox, DB), ProgressListener.NONE, cancel).run(plan, dir));
    }

    @Test
    void theWorkshopSchemaIsClean(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Plan plan = new Plan(Plan.VERSION, null, null, null, null, List.of(
                single("dr_customers", "Customers", "cust_id", null,
                        new Index("by_region", s("region"), s("cust_id"), "KEYS_ONLY", null)),
                single("dr_products", "Products", "prod_id", null,
                        new Index("by_category", s("category"), s("prod_id"), "ALL", null)),
                single("dr_reps", "Reps", "rep_id", null),
                single("dr_orders", "Orders", "ord_id", null),
                single("dr_order_lines", "OrderLines", "ord_id", "ord_line_id")));
        DryRunReport report = new DryRun(Databases.source(sandbox, SampleDatabases.APP_DB), ProgressListener.NONE,
                new CancellationToken()).run(plan, dir);
        assertTrue(report.clean(), report.text());
        assertEquals(List.of(10L, 14L, 6L, 10L, 20L), report.targets().stream().map(TargetDryRun::items).toList());
        TargetDryRun customers = report.target("dr_customers");
        assertEquals(10, customers.cost().tableWrites());
        assertEquals(10, customers.cost().indexWrites(), "every customer has a region");
        assertTrue(report.text().contains("Dry run: all 5 targets would load cleanly."), report.text());
    }

    @Test
    void thePlansLsqlPlanWritesForTheSampleSchemasFindWhatTheRunFinds(Sandbox sandbox, @TempDir Path dir) {
        DryRunReport appDb = dryRun(sandbox, SampleDatabases.APP_DB, true, dir);
        assertTrue(appDb.clean(), appDb.text());
        assertEquals(5 + 7, appDb.targets().size(), "the tables and the views");
        assertEquals(20, appDb.target("OrderLines").items());

        DryRunReport types = dryRun(sandbox, SampleDatabases.TYPES_DEMO, false, dir);
        TargetDryRun samples = types.target("type_samples");
        assertEquals(2, samples.rejected(), samples.text());
        assertEquals(2, samples.rejects(DryRunReason.NUMBER_OUT_OF_RANGE), "the two doubles beyond 9.99E+125 and below 1E-130");
        assertEquals(samples.rows() - 2, samples.items());
        assertEquals(List.of("type_samples"), types.targets().stream().filter(t -> !t.clean()).map(TargetDryRun::table).toList());
    }

    private static DryRunReport dryRun(Sandbox sandbox, String database, boolean views, Path dir) {
        JdbcSource jdbc = Databases.source(sandbox, database);
        Plan plan = new PlanBuilder(new DesignService()).build(jdbc, new PlanBuilder.Request(List.of(), views, "", null,
                PlanBuilder.describe(jdbc), null));
        return new DryRun(jdbc, ProgressListener.NONE, new CancellationToken()).run(plan, dir);
    }

    private static Target docs() {
        TargetSource docs = new TargetSource("docs", MigrationSource.Kind.TABLE, "docs", null,
                List.of(new KeyTemplateSpec("id", "{id}")), List.of(new AttributeRule("amount", null, "N", Transform.NUMBER, null)),
                false);
        return new Target("dr_docs", new KeyAttribute("id", KeyType.N), null, List.of(
                new Index("by_title", s("title"), null, "ALL", null),
                new Index("by_score", new KeyAttribute("score", KeyType.N), null, "KEYS_ONLY", null)),
                null, null, 0, 0, null, null, null, List.of(docs));
    }

    private static Target events() {
        List<KeyTemplateSpec> keys = List.of(new KeyTemplateSpec("PK", "EV#{id}"));
        return new Target("dr_events", s("PK"), null, List.of(), null, null, 0, 0, null, null, null, List.of(
                new TargetSource("events_a", MigrationSource.Kind.TABLE, "events_a", "A", keys, List.of(), false),
                new TargetSource("events_b", MigrationSource.Kind.TABLE, "events_b", "B", keys, List.of(), false)));
    }

    private static Target tags() {
        TargetSource tags = new TargetSource("tags", MigrationSource.Kind.QUERY, "SELECT code, label FROM tags", null,
                List.of(new KeyTemplateSpec("code", "{code}")), List.of(), false);
        return new Target("dr_tags", s("code"), null, List.of(), null, null, 0, 0, null, null, null, List.of(tags));
    }

    private static Target single(String table, String source, String partition, String sort, Index... indexes) {
        List<KeyTemplateSpec> keys = Stream.concat(Stream.of(partition), Stream.ofNullable(sort))
                .map(k -> new KeyTemplateSpec(k, "{" + k + "}")).toList();
        TargetSource from = new TargetSource(source, MigrationSource.Kind.TABLE, source, null, keys, List.of(), false);
        return new Target(table, s(partition), sort == null ? null : s(sort), Arrays.asList(indexes), null, null, 0, 0, null,
                null, null, List.of(from));
    }

    private static KeyAttribute s(String name) {
        return new KeyAttribute(name, KeyType.S);
    }

    private static List<String> tables(Sandbox sandbox) {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            return dynamo.listTablesPaginator().tableNames().stream().sorted().toList();
        }
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
