package io.lsql.core.run;

import io.lsql.core.CancellationToken;
import io.lsql.core.mapping.Transform;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.ExistingTablePolicy;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.LoadMode;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole-database plans run against MariaDB + moto: several targets in parallel, a single-table target, a failing target. */
@IntegrationTest
class PlanRunIT {

    static final String DB = "plan_run_db";

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
    }

    @Test
    void targetsRunInParallelAndEachIsVerifiedEqual(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Plan plan = plan(dir, List.of(
                single("pr_reps", "Reps", "rep_id", null, List.of()),
                single("pr_products", "Products", "prod_id", null, List.of(new Index("category_index",
                        new KeyAttribute("category", KeyType.S), new KeyAttribute("last_updated", KeyType.S), "ALL", List.of()))),
                single("pr_lines", "OrderLines", "ord_id", "ord_line_id", List.of())));
        List<String> states = new CopyOnWriteArrayList<>();
        RunReport report = runner(sandbox, states).run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        assertEquals(0, report.exitCode());
        assertEquals(List.of("pr_lines", "pr_products", "pr_reps"), report.targets().stream().map(RunReport.Line::table).sorted().toList());
        for (RunReport.Line line : report.targets()) {
            assertEquals(TargetState.DONE, line.state(), line.toString());
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.rows(), line.items());
            assertEquals(line.items(), line.loaded());
            assertTrue(line.rows() > 0);
        }
        assertTrue(states.contains("pr_reps EXPORTING") && states.contains("pr_reps LOADING") && states.contains("pr_reps VERIFYING")
                && states.contains("pr_reps DONE"), states.toString());
        assertTrue(Files.exists(dir.resolve("run-report.json")) && Files.exists(dir.resolve("run-report.md")));
        assertTrue(Files.readString(dir.resolve("run-report.md")).contains("| pr_products | DONE | batch |"));
    }

    @Test
    void oneFailingTargetDoesNotStopTheOthersAndTheExitCodeIsTheWorst(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            dynamo.createTable(b -> b.tableName("pr_taken").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("rep_id").attributeType("S"))
                    .keySchema(k -> k.attributeName("rep_id").keyType("HASH")));
        }
        Plan plan = plan(dir, List.of(single("pr_taken", "Reps", "rep_id", null, List.of()),
                single("pr_customers", "Customers", "cust_id", null, List.of())));
        RunReport report = runner(sandbox, new ArrayList<>()).run(plan, false, false);
        assertEquals(TargetState.ERROR, report.state());
        assertEquals(1, report.exitCode());
        RunReport.Line taken = line(report, "pr_taken");
        assertEquals("The DynamoDB table pr_taken already exists; set \"ifExists\" to append or replace for this target in the plan, "
                + "or drop the table.", taken.error());
        assertEquals(TargetState.DONE, line(report, "pr_customers").state());

        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            dynamo.deleteTable(b -> b.tableName("pr_taken"));
        }
        List<String> states = new CopyOnWriteArrayList<>();
        RunReport resumed = runner(sandbox, states).run(plan, true, false);
        assertEquals(TargetState.DONE, resumed.state(), resumed.markdown());
        assertEquals(report.runId(), resumed.runId());
        assertTrue(states.contains("pr_taken LOADING") && !states.contains("pr_customers LOADING"),
                "the resumed run finishes the failed target and leaves the done one: " + states);

        Plan changed = plan.withTargetReplaced(plan.target("pr_taken").orElseThrow().withIfExists(ExistingTablePolicy.REPLACE));
        io.lsql.core.LsqlException refused = org.junit.jupiter.api.Assertions.assertThrows(io.lsql.core.LsqlException.class,
                () -> runner(sandbox, new ArrayList<>()).run(changed, true, false));
        assertTrue(refused.getMessage().startsWith("The plan differs from the one run " + report.runId() + " started with"),
                refused.getMessage());
    }

    @Test
    void failFastStopsTheTargetsThatHaveNotRunAndAResumeFinishesThem(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            dynamo.createTable(b -> b.tableName("pr_ff_lines").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("ord_id").attributeType("S"))
                    .keySchema(k -> k.attributeName("ord_id").keyType("HASH")));
        }
        Plan plan = plan(dir, List.of(single("pr_ff_reps", "Reps", "rep_id", null, List.of()),
                single("pr_ff_lines", "OrderLines", "ord_id", "ord_line_id", List.of())));
        plan = plan.withDefaults(plan.defaults().withParallelTargets(1));
        RunReport report = runner(sandbox, new ArrayList<>()).run(plan, false, true);
        assertEquals(TargetState.ERROR, line(report, "pr_ff_lines").state(), "the biggest target runs first and fails");
        assertEquals(TargetState.CANCELLED, line(report, "pr_ff_reps").state(), report.markdown());
        assertEquals(1, report.exitCode());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            dynamo.deleteTable(b -> b.tableName("pr_ff_lines"));
        }
        RunReport resumed = runner(sandbox, new ArrayList<>()).run(plan, true, true);
        assertEquals(TargetState.DONE, resumed.state(), resumed.markdown());
    }

    @Test
    void oneTargetCancelledStopsAloneAndAResumeFinishesIt(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Plan plan = plan(dir, List.of(single("pr_cx_lines", "OrderLines", "ord_id", "ord_line_id", List.of()),
                single("pr_cx_reps", "Reps", "rep_id", null, List.of())));
        PlanRunner[] runner = new PlanRunner[1];
        RunListener cancelLines = new RunListener() {
            @Override
            public void state(String table, TargetState state, String detail) {
                if (table.equals("pr_cx_lines") && state == TargetState.EXPORTING) {
                    runner[0].cancelTarget("pr_cx_lines");
                }
            }

            @Override
            public void progress(String table, String phase, long done, long total) {
            }
        };
        runner[0] = new PlanRunner(Databases.source(sandbox, DB), Databases.aws(sandbox), cancelLines, new CancellationToken());
        RunReport report = runner[0].run(plan, false, false);
        assertEquals(TargetState.CANCELLED, line(report, "pr_cx_lines").state(), report.markdown());
        assertEquals(TargetState.DONE, line(report, "pr_cx_reps").state(), "the other target went on: " + report.markdown());
        assertEquals(130, report.exitCode());
        RunReport resumed = runner(sandbox, new ArrayList<>()).run(plan, true, false);
        assertEquals(TargetState.DONE, resumed.state(), resumed.markdown());
        assertEquals(line(resumed, "pr_cx_lines").rows(), line(resumed, "pr_cx_lines").loaded());
    }

    @Test
    void threeSourcesFillOneSingleTableTargetAndEachSourceIsVerified(Sandbox sandbox, @TempDir Path dir) throws Exception {
        KeyAttribute pk = new KeyAttribute("PK", KeyType.S);
        KeyAttribute sk = new KeyAttribute("SK", KeyType.S);
        Target target = new Target("pr_single", pk, sk, List.of(), null, null, 0, 0, null, null, null, List.of(
                source("customers", MigrationSource.Kind.TABLE, "Customers", "Customer", "CUST#{cust_id}", "PROFILE"),
                source("orders", MigrationSource.Kind.TABLE, "Orders", "Order", "CUST#{cust_id}", "ORDER#{ord_id}"),
                source("lines", MigrationSource.Kind.QUERY,
                        "SELECT l.*, o.cust_id FROM OrderLines l JOIN Orders o ON o.ord_id = l.ord_id", "OrderLine",
                        "CUST#{cust_id}", "ORDER#{ord_id}#LINE#{ord_line_id}")));
        RunReport report = runner(sandbox, new ArrayList<>()).run(plan(dir, List.of(target)), false, false);
        RunReport.Line line = report.targets().get(0);
        assertEquals(TargetState.DONE, line.state(), report.markdown());
        assertEquals(3, line.sources().size());
        line.sources().forEach(s -> assertEquals(Boolean.TRUE, s.verified(), s.toString()));
        Map<String, Long> perEntity = new ConcurrentHashMap<>();
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            dynamo.scanPaginator(b -> b.tableName("pr_single")).items().forEach(item -> {
                AttributeValue entity = item.get(TargetSource.ENTITY_ATTRIBUTE);
                perEntity.merge(entity == null ? "<none>" : entity.s(), 1L, Long::sum);
            });
        }
        assertEquals(Map.of("Customer", line.sources().get(0).rows(), "Order", line.sources().get(1).rows(),
                "OrderLine", line.sources().get(2).rows()), perEntity);
        assertTrue(Files.list(dir.resolve("targets/pr_single/data")).count() == 3, "the three sources share one data prefix");
    }

    @Test
    void oneImportTableCreatesAndFillsASingleTableTargetFromItsSourcesSharedPrefix(Sandbox sandbox) throws Exception {
        KeyAttribute pk = new KeyAttribute("PK", KeyType.S);
        KeyAttribute sk = new KeyAttribute("SK", KeyType.S);
        Target single = new Target("pr_imported", pk, sk, List.of(), null, null, 0, 0, LoadMode.IMPORT, null, null, List.of(
                source("customers", MigrationSource.Kind.TABLE, "Customers", "Customer", "CUST#{cust_id}", "PROFILE"),
                source("orders", MigrationSource.Kind.TABLE, "Orders", "Order", "CUST#{cust_id}", "ORDER#{ord_id}")));
        Target reps = single("pr_imported_reps", "Reps", "rep_id", null, List.of()).withLoad(LoadMode.IMPORT);
        String stage;
        try (var s3 = Databases.aws(sandbox).s3()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals("lsql-plan-it"))) {
                s3.createBucket(b -> b.bucket("lsql-plan-it"));
            }
            stage = "s3://lsql-plan-it/" + java.util.UUID.randomUUID();
        }
        Plan plan = plan(Path.of("unused"), List.of(single, reps)).withStage(stage);
        RunReport report = runner(sandbox, new ArrayList<>()).run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        for (RunReport.Line line : report.targets()) {
            assertEquals("import", line.load());
            assertEquals(line.items(), line.loaded(), line.toString());
            line.sources().forEach(s -> assertEquals(Boolean.TRUE, s.verified(), s.toString()));
        }
        String prefix = stage.substring("s3://lsql-plan-it/".length());
        try (var s3 = Databases.aws(sandbox).s3(); DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            String arn = s3.getObjectAsBytes(b -> b.bucket("lsql-plan-it").key(prefix + "/checkpoints/load/pr_imported/import-arn.txt"))
                    .asUtf8String();
            var described = dynamo.describeImport(b -> b.importArn(arn)).importTableDescription();
            // moto's DescribeImport leaves out S3BucketSource, so the prefix is checked by the count: one import, both sources
            assertEquals(report.targets().stream().filter(t -> t.table().equals("pr_imported")).findFirst().orElseThrow().items(),
                    described.importedItemCount());
        }
    }

    static TargetSource source(String id, MigrationSource.Kind kind, String name, String entity, String pk, String sk) {
        String template = sk.contains("{") ? sk : sk + "#{" + (name.equals("Customers") ? "cust_id" : "ord_id") + "}";
        return new TargetSource(id, kind, name, entity, List.of(new KeyTemplateSpec("PK", pk), new KeyTemplateSpec("SK", template)),
                List.of(), false);
    }

    static Target single(String table, String source, String pk, String sk, List<Index> indexes) {
        List<KeyTemplateSpec> keys = new ArrayList<>();
        keys.add(new KeyTemplateSpec(pk, "{" + pk + "}"));
        if (sk != null) {
            keys.add(new KeyTemplateSpec(sk, "{" + sk + "}"));
        }
        for (Index index : indexes) {
            keys.add(new KeyTemplateSpec(index.partitionKey().name(), "{" + index.partitionKey().name() + "}"));
            keys.add(new KeyTemplateSpec(index.sortKey().name(), "{" + index.sortKey().name() + "}"));
        }
        return new Target(table, new KeyAttribute(pk, KeyType.S), sk == null ? null : new KeyAttribute(sk, KeyType.S), indexes,
                null, null, 0, 0, LoadMode.BATCH, null, null, List.of(new TargetSource(source, MigrationSource.Kind.TABLE, source,
                null, keys, List.of(new AttributeRule("last_updated", null, "S", Transform.DEFAULT, null)), false)));
    }

    static Plan plan(Path stage, List<Target> targets) {
        return new Plan(Plan.VERSION, new PlanSource(null, "jdbc:mariadb://127.0.0.1/" + DB, "root"), null, stage.toUri().toString(),
                RunDefaults.STANDARD.withWorkers(2), targets);
    }

    static RunReport.Line line(RunReport report, String table) {
        return report.targets().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
    }

    static PlanRunner runner(Sandbox sandbox, List<String> states) {
        RunListener listener = new RunListener() {
            @Override
            public void state(String table, TargetState state, String detail) {
                states.add(table + " " + state);
            }

            @Override
            public void progress(String table, String phase, long done, long total) {
            }
        };
        return new PlanRunner(Databases.source(sandbox, DB), Databases.aws(sandbox), listener, new CancellationToken());
    }
}
