package io.lsql.core.crud;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.TableDesign;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * app_db (plus a 1,000-row Events table with 10 'match' rows) designed by the advisor and migrated to moto by the
 * plan runner, once per test JVM; sessions on its tables, named as in MySQL. Tests change only rows they create.
 */
final class CrudFixture {

    static final String DB = "crud_db";
    static final String PREFIX = "crud_";
    static final List<String> TABLES = List.of("Customers", "Products", "OrderLines", "Reps", "Events", "vCustOrders");

    private static DesignService.SchemaDesign design;
    private static JdbcSource jdbc;
    private static final Map<String, CrudSession> SESSIONS = new HashMap<>();

    private CrudFixture() {
    }

    static synchronized JdbcSource jdbc(Sandbox sandbox) throws Exception {
        if (jdbc == null) {
            migrate(sandbox);
        }
        return jdbc;
    }

    static synchronized CrudSession session(Sandbox sandbox, String table) throws Exception {
        JdbcSource source = jdbc(sandbox);
        CrudSession session = SESSIONS.get(table);
        if (session == null) {
            TableDesign tableDesign = design.designs().stream().filter(d -> d.sourceName().equals(table)).findFirst().orElseThrow();
            session = CrudSession.open(source, Databases.aws(sandbox), CrudBindings.of(source, design.schema(), tableDesign, PREFIX));
            SESSIONS.put(table, session);
        }
        return session;
    }

    private static void migrate(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE " + DB + ".Events (event_id INT PRIMARY KEY, kind VARCHAR(20) NOT NULL)");
                s.execute("INSERT INTO " + DB + ".Events SELECT seq, IF(seq % 100 = 7, 'match', 'other') FROM seq_1_to_1000");
            }
        }
        JdbcSource source = Databases.source(sandbox, DB);
        design = new DesignService().design(source, TABLES);
        Path stage = Files.createTempDirectory("crud-it-");
        Plan plan = PlanBuilder.fromDesigns(design.schema(), design.designs(), new PlanBuilder.Request(TABLES, true, PREFIX,
                stage.toUri().toString(), PlanBuilder.describe(source), null));
        RunReport report = new PlanRunner(source, Databases.aws(sandbox), RunListener.NONE, new CancellationToken()).run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        jdbc = source;
    }
}
