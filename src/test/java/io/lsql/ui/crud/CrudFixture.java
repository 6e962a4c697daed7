package io.lsql.ui.crud;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.SchemaService;
import io.lsql.testing.Databases;
import io.lsql.ui.AppState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** app_db in its own database, designed by the advisor and migrated to moto under a prefix, for the CRUD pane's tests. */
final class CrudFixture {

    private CrudFixture() {
    }

    /** Loads app_db's rows as {@code database}. */
    static void load(Sandbox sandbox, String database) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, database);
        }
    }

    /** Migrates {@code tables} of {@code database} to DynamoDB tables named {@code prefix + table}. */
    static void migrate(Sandbox sandbox, String database, String prefix, List<String> tables) throws Exception {
        JdbcSource jdbc = Databases.source(sandbox, database);
        DesignService.SchemaDesign design = new DesignService().design(jdbc, tables);
        Path stage = Files.createTempDirectory("crud-ui-");
        Plan plan = PlanBuilder.fromDesigns(design.schema(), design.designs(), new PlanBuilder.Request(List.of(), false, prefix,
                stage.toUri().toString(), PlanBuilder.describe(jdbc), null));
        RunReport report = new PlanRunner(jdbc, Databases.aws(sandbox), RunListener.NONE, new CancellationToken()).run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
    }

    /** Points {@code state} at {@code database} and the sandbox's moto, as the Connections pane does. */
    static void connect(AppState state, Sandbox sandbox, String database) {
        JdbcSource jdbc = Databases.source(sandbox, database);
        state.awsProperty().set(new AwsProfile(AwsProfile.SANDBOX, null, Sandbox.REGION, sandbox.moto().endpoint(), null));
        state.mysqlProperty().set(jdbc);
        state.schemaProperty().set(new SchemaService().read(jdbc));
    }
}
