package io.lsql.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.migrate.Layouts;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plans of the sample databases: one target per table, the same keys as a single-table migration, stable bytes, no secret. */
@IntegrationTest
class PlanBuilderIT {

    static final String APP_DB = "plan_app_db";
    static final String TYPES_DEMO = "plan_types_demo";
    private static final String PASSWORD = "pl4n-Secret-word";

    @BeforeAll
    static void createDatabases(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, APP_DB);
            SampleDatabases.loadTypesDemo(connection, TYPES_DEMO);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE USER IF NOT EXISTS 'planner'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT SELECT, SHOW VIEW ON " + APP_DB + ".* TO 'planner'@'127.0.0.1'");
            }
        }
    }

    static Plan plan(Sandbox sandbox, String database, boolean views) {
        JdbcSource jdbc = Databases.source(sandbox, database);
        PlanBuilder.Request request = new PlanBuilder.Request(List.of(), views, "dev_", "s3://lsql-stage/" + database,
                PlanBuilder.describe(jdbc), new PlanTarget(null, Sandbox.REGION, null));
        return new PlanBuilder(new DesignService()).build(jdbc, request);
    }

    @Test
    void appDbHasOneTargetPerTableWithThePrefixAndTheViewsOnRequest(Sandbox sandbox) {
        assertEquals(List.of("dev_Customers", "dev_OrderLines", "dev_Orders", "dev_Products", "dev_Reps"),
                plan(sandbox, APP_DB, false).targets().stream().map(Target::table).toList());
        Plan withViews = plan(sandbox, APP_DB, true);
        assertEquals(12, withViews.targets().size());
        assertTrue(withViews.target("dev_vCustOrders").isPresent());
        TargetSource view = withViews.target("dev_vCustOrders").orElseThrow().sources().get(0);
        assertEquals(io.lsql.core.migrate.MigrationSource.Kind.VIEW, view.kind());
        Target lines = withViews.target("dev_OrderLines").orElseThrow();
        assertEquals("ord_id", lines.partitionKey().name());
        assertEquals("ord_line_id", lines.sortKey().name());
        assertEquals(List.of(new KeyTemplateSpec("ord_id", "{ord_id}"), new KeyTemplateSpec("ord_line_id", "{ord_line_id}"),
                new KeyTemplateSpec("prod_id_key", "{prod_id}")), lines.sources().get(0).keys());
        assertEquals(List.of("ord_id", "ord_line_id", "prod_id", "qty", "item_price", "last_updated"),
                lines.sources().get(0).attributes().stream().map(AttributeRule::attribute).toList());
        assertEquals(LoadMode.IMPORT, withViews.defaults().load());
    }

    @ParameterizedTest
    @ValueSource(strings = {APP_DB, TYPES_DEMO})
    void aPlanWrittenReadAndWrittenAgainIsByteIdentical(String database, Sandbox sandbox) {
        byte[] first = PlanFiles.bytes(plan(sandbox, database, true));
        byte[] again = PlanFiles.bytes(PlanFiles.parse(first, database));
        assertArrayEquals(first, again, new String(again, StandardCharsets.UTF_8));
        assertArrayEquals(first, PlanFiles.bytes(plan(sandbox, database, true)), "two runs give the same file");
    }

    @ParameterizedTest
    @ValueSource(strings = {APP_DB, TYPES_DEMO})
    void everySourceIsKeyedAsASingleTableMigrationKeysIt(String database, Sandbox sandbox) throws Exception {
        Plan plan = plan(sandbox, database, true);
        try (Connection connection = Databases.connect(sandbox, database)) {
            for (Target target : plan.targets()) {
                TargetSource source = target.sources().get(0);
                SourceDescription described = SourceDescriber.describe(connection, database, source.migrationSource());
                ItemLayout layout = Layouts.layout(described, defaultPlan(source));
                List<String> migrate = layout.allDerived().stream().map(PlanBuilderIT::describe).toList();
                List<String> planned = source.keys().stream()
                        .map(k -> describe(KeyTemplate.of(k.attribute(), k.template(), described.columns()))).toList();
                assertEquals(migrate, planned, target.table());
                assertEquals(createTableKeys(Layouts.createTable(described, defaultPlan(source), layout)), targetKeys(target),
                        target.table());
            }
        }
    }

    @Test
    void aTableWithoutAnyKeyGetsTheContentHashTemplate(Sandbox sandbox) {
        Target noKey = plan(sandbox, TYPES_DEMO, false).target("dev_no_key_table").orElseThrow();
        assertEquals(new KeyTemplateSpec(noKey.partitionKey().name(), KeyTemplate.ROW_HASH), noKey.sources().get(0).keys().get(0));
    }

    @Test
    void theFileHoldsNoPasswordAndNamesTheSourceWithoutCredentials(Sandbox sandbox) {
        String url = sandbox.mariaDb().jdbcUrl(APP_DB);
        JdbcSource jdbc = new JdbcSource(url, "planner", PASSWORD.toCharArray());
        PlanBuilder.Request request = new PlanBuilder.Request(List.of("Customers"), false, "", "file:///tmp/stage",
                PlanBuilder.describe(jdbc), null);
        Plan plan = new PlanBuilder(new DesignService()).build(jdbc, request);
        String text = new String(PlanFiles.bytes(plan), StandardCharsets.UTF_8);
        assertEquals(1, plan.targets().size(), "the password opened the connection");
        assertFalse(text.contains(PASSWORD), text);
        assertEquals(jdbc.urlWithoutSecrets(), plan.source().jdbcUrl());
        assertEquals("planner", plan.source().user());
    }

    @ParameterizedTest
    @ValueSource(strings = {APP_DB, TYPES_DEMO})
    void aFreshPlanPassesTheLiveCheck(String database, Sandbox sandbox) {
        assertEquals(List.of(), PlanChecker.check(plan(sandbox, database, true), Databases.source(sandbox, database)));
    }

    @Test
    void theLiveCheckNamesWhatTheSchemaLacks(Sandbox sandbox) {
        Plan plan = plan(sandbox, APP_DB, false);
        Target reps = plan.target("dev_Reps").orElseThrow();
        TargetSource source = reps.sources().get(0);
        Plan broken = plan.withTargetReplaced(reps.withSources(List.of(source.withKeys(List.of(new KeyTemplateSpec("rep_id",
                "REP#{rep_code}"))))));
        assertEquals(List.of("target dev_Reps, source Reps: key rep_id: Key template 'REP#{rep_code}' names unknown column "
                + "'rep_code'; the source has: rep_id, rep_name, last_updated."), PlanChecker.check(broken, Databases.source(sandbox, APP_DB)));
    }

    @Test
    void queriesAreCheckedByWhatTheServerSaysTheyReturn(Sandbox sandbox) {
        Plan plan = plan(sandbox, APP_DB, false);
        Target customers = plan.target("dev_Customers").orElseThrow();
        TargetSource query = new TargetSource("vip", io.lsql.core.migrate.MigrationSource.Kind.QUERY,
                "SELECT cust_id, name FROM Customers WHERE credit_rating > 700", null, List.of(new KeyTemplateSpec("cust_id", "{cust_id}")),
                List.of(new AttributeRule("name", "vip_name", "S", null, null)), false);
        Target vip = customers.withTable("dev_vip").withIndexes(List.of()).withSources(List.of(query));
        JdbcSource jdbc = Databases.source(sandbox, APP_DB);
        assertEquals(List.of(), PlanChecker.check(plan.withTargets(List.of(vip)), jdbc));
        TargetSource bad = new TargetSource("bad", query.kind(), "SELECT nope FROM Customers", null, query.keys(), List.of(), false);
        List<String> problems = PlanChecker.check(plan.withTargets(List.of(vip.withSources(List.of(bad)))), jdbc);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("target dev_vip, source bad: The query failed: "), problems.get(0));
    }

    /** What {@code lsql migrate --table NAME} (or {@code --view NAME}) runs with no key options. */
    private static MigrationPlan defaultPlan(TargetSource source) {
        return new MigrationPlan(source.kind().name(), source.name(), null, null, null, null, null, false, null, null, 0, 0, false, 0,
                false, null);
    }

    private static String describe(KeyTemplate key) {
        return key.attribute() + "=" + key.template() + ":" + key.type();
    }

    private static List<String> createTableKeys(JsonNode createTable) {
        List<String> keys = new ArrayList<>();
        createTable.get("KeySchema").forEach(k -> keys.add(k.get("AttributeName").asText()));
        JsonNode gsis = createTable.get("GlobalSecondaryIndexes");
        if (gsis != null) {
            gsis.forEach(g -> {
                List<String> names = new ArrayList<>();
                g.get("KeySchema").forEach(k -> names.add(k.get("AttributeName").asText()));
                keys.add(g.get("IndexName").asText() + names);
            });
        }
        return keys;
    }

    private static List<String> targetKeys(Target target) {
        List<String> keys = new ArrayList<>();
        SourceCheck.tableKeys(target).forEach(k -> keys.add(k.name()));
        for (Index index : target.indexes()) {
            List<String> names = new ArrayList<>(List.of(index.partitionKey().name()));
            if (index.sortKey() != null) {
                names.add(index.sortKey().name());
            }
            keys.add(index.name() + names);
        }
        return keys;
    }
}
