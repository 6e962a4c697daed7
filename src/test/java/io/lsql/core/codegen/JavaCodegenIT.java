package io.lsql.core.codegen;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanTarget;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated code for every app_db table compiles and its own tests pass against the sandbox's moto: from a plan, from a
 * design directory, and for a single-table target with composite keys (the low-level client).
 */
@IntegrationTest
class JavaCodegenIT {

    private static final String DATABASE = "codegen_app_db";
    private static final String TYPES_DEMO = "codegen_types_demo";
    private static final String PACKAGE = "com.example.shop.dynamo";
    private static final List<String> APP_DB_TABLES = List.of("Customers", "OrderLines", "Orders", "Products", "Reps");

    @BeforeAll
    static void loadAppDb(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DATABASE);
        }
    }

    @Test
    void codeFromAPlanOfEveryAppDbTableCompilesAndItsTestsPass(Sandbox sandbox, @TempDir Path out) throws Exception {
        JdbcSource jdbc = Databases.source(sandbox, DATABASE);
        JavaCodegen.Result result = new JavaCodegen().generate(CodegenInputs.fromPlan(plan(jdbc), DATABASE, jdbc), PACKAGE, out);
        assertEquals(APP_DB_TABLES, result.tables().stream().sorted().toList());
        assertEquals(List.of(), result.skipped());
        assertTrue(Files.isRegularFile(out.resolve("pom.xml")) && Files.isRegularFile(out.resolve("README.md")));
        assertGeneratedTestsPass(sandbox, out, APP_DB_TABLES.size());
    }

    @Test
    void codeFromADesignDirectoryCompilesAndItsTestsPass(Sandbox sandbox, @TempDir Path designDir, @TempDir Path out) throws Exception {
        DesignService designs = new DesignService();
        designs.write(designs.design(Databases.source(sandbox, DATABASE), List.of()), designDir);
        JavaCodegen.Result result = new JavaCodegen().generate(CodegenInputs.read(designDir), PACKAGE, out);
        assertTrue(result.tables().containsAll(APP_DB_TABLES), result.tables().toString());
        assertEquals(List.of(), result.skipped());
        assertGeneratedTestsPass(sandbox, out, result.tables().size());
    }

    @Test
    void aSingleTableTargetWithCompositeKeysGetsALowLevelDaoWhoseTestsPass(Sandbox sandbox, @TempDir Path out) throws Exception {
        JdbcSource jdbc = Databases.source(sandbox, DATABASE);
        Plan plan = plan(jdbc).withTargets(List.of(singleTable()));
        JavaCodegen.Result result = new JavaCodegen().generate(CodegenInputs.fromPlan(plan, DATABASE, jdbc), PACKAGE, out);
        assertEquals(List.of("shop"), result.tables());
        String dao = Files.readString(out.resolve("src/main/java/com/example/shop/dynamo/ShopDao.java"));
        assertTrue(dao.contains("DynamoDbClient dynamo") && dao.contains("public Optional<OrderLines> getOrderLines("), dao);
        assertGeneratedTestsPass(sandbox, out, 1);
    }

    @Test
    void everyTypesDemoColumnTypeRoundTripsThroughTheGeneratedCode(Sandbox sandbox, @TempDir Path out) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadTypesDemo(connection, TYPES_DEMO);
        }
        JdbcSource jdbc = Databases.source(sandbox, TYPES_DEMO);
        JavaCodegen.Result result = new JavaCodegen().generate(CodegenInputs.fromPlan(plan(jdbc), TYPES_DEMO, jdbc), PACKAGE, out);
        assertEquals(List.of("no_pk_table", "type_samples"), result.tables().stream().sorted().toList());
        assertEquals(1, result.skipped().size(), result.skipped().toString());
        assertTrue(result.skipped().get(0).startsWith("no_key_table: ") && result.skipped().get(0).contains("content hash"),
                result.skipped().get(0));
        String samples = Files.readString(out.resolve("src/main/java/com/example/shop/dynamo/TypeSamples.java"));
        for (String field : List.of("AttributeValue cJson;", "Set<String> cSet;", "SdkBytes cBlob;", "Boolean cBit1;", "Long cBigint")) {
            assertTrue(samples.contains("private " + field), field + " in\n" + samples);
        }
        assertGeneratedTestsPass(sandbox, out, result.tables().size());
    }

    private static Plan plan(JdbcSource jdbc) {
        PlanBuilder.Request request = new PlanBuilder.Request(List.of(), false, "", "file:///tmp/stage", PlanBuilder.describe(jdbc),
                new PlanTarget(null, Sandbox.REGION, null));
        return new PlanBuilder(new DesignService()).build(jdbc, request);
    }

    /** Orders and their lines in one table: keys and an overloaded GSI from templates, padded numbers, escaped text. */
    private static Target singleTable() {
        KeyAttribute pk = new KeyAttribute("PK", KeyType.S);
        KeyAttribute sk = new KeyAttribute("SK", KeyType.S);
        KeyAttribute gsiPk = new KeyAttribute("GSI1PK", KeyType.S);
        KeyAttribute gsiSk = new KeyAttribute("GSI1SK", KeyType.S);
        TargetSource orders = new TargetSource("Orders", MigrationSource.Kind.TABLE, "Orders", "ORDER", List.of(
                new KeyTemplateSpec("PK", "CUST#{cust_id}"), new KeyTemplateSpec("SK", "ORDER#{ord_id}"),
                new KeyTemplateSpec("GSI1PK", "REP#{rep_id}"), new KeyTemplateSpec("GSI1SK", "{ord_date}")), List.of(), false);
        TargetSource lines = new TargetSource("OrderLines", MigrationSource.Kind.TABLE, "OrderLines", "LINE", List.of(
                new KeyTemplateSpec("PK", "ORDER#{ord_id}"), new KeyTemplateSpec("SK", "LINE#{ord_line_id}"),
                new KeyTemplateSpec("GSI1PK", "PROD#{prod_id}"), new KeyTemplateSpec("GSI1SK", "{item_price:010}#{ord_line_id}")),
                List.of(), false);
        return new Target("shop", pk, sk, List.of(new Index("GSI1", gsiPk, gsiSk, "ALL", List.of())), null, null, 0, 0, null,
                null, null, List.of(orders, lines));
    }

    private static void assertGeneratedTestsPass(Sandbox sandbox, Path out, int daos) throws Exception {
        Path classes = GeneratedCode.compile(out);
        List<String> tests = GeneratedCode.testClasses(out, PACKAGE);
        assertEquals(daos, tests.size(), tests.toString());
        TestExecutionSummary summary = GeneratedCode.runTests(classes, PACKAGE, tests, sandbox.moto().endpoint(), Sandbox.REGION);
        String report = GeneratedCode.describe(summary);
        assertTrue(summary.getTestsFoundCount() >= 5L * daos, report);
        assertEquals(0, summary.getTotalFailureCount(), report);
        assertEquals(summary.getTestsFoundCount(), summary.getTestsSucceededCount(), report);
    }
}
