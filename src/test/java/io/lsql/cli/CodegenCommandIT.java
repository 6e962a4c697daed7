package io.lsql.cli;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.MariaDbServer;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql codegen java --design plan.json --jdbc-url …}: the plan's columns get their MySQL types (integers are Long). */
@IntegrationTest
class CodegenCommandIT {

    private static final String DATABASE = "codegen_cli_app_db";

    @Test
    void aPlanWithTheSourceReadsIntegerColumnsAsLong(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DATABASE);
        }
        JdbcSource jdbc = Databases.source(sandbox, DATABASE);
        Plan plan = new PlanBuilder(new DesignService()).build(jdbc, new PlanBuilder.Request(List.of("Customers"), false, "",
                "file:///tmp/stage", PlanBuilder.describe(jdbc), null));
        Path file = dir.resolve("plan.json");
        PlanFiles.write(plan, file);
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = LsqlCommand.commandLine(new PrintWriter(stdout, true), new PrintWriter(stderr, true)).execute("codegen", "java",
                "--design", file.toString(), "--package", "com.example.crm", "--out", out.toString(),
                "--jdbc-url", sandbox.mariaDb().jdbcUrl(DATABASE), "--user", MariaDbServer.USER);
        assertEquals(0, code, stderr.toString());
        String bean = Files.readString(out.resolve("src/main/java/com/example/crm/Customers.java"));
        assertTrue(bean.contains("private Long creditRating;"), bean);
        assertTrue(bean.contains("MySQL column credit_rating (int"), bean);
    }
}
