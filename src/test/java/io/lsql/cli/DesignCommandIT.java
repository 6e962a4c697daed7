package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.sandbox.FreePort;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
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
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class DesignCommandIT {

    private static final String PASSWORD = "s3cret-Pa55";

    @BeforeAll
    static void createUserWithPassword(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS 'app'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("GRANT SELECT, SHOW VIEW ON app_db.* TO 'app'@'127.0.0.1'");
        }
    }

    @Test
    void writesCreateTableJsonDesignJsonAndReportAndCreatesTheTables(Sandbox sandbox, @TempDir Path out) throws Exception {
        CliProcess.Result result = CliProcess.run(aws(sandbox, Map.of("PW", PASSWORD)), "design",
                "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"), "--user", "app", "--password-env", "PW",
                "--tables", "Customers,OrderLines,vCustOrders", "--out", out.toString(), "--create",
                "--endpoint-url", sandbox.moto().endpoint(), "--region", Sandbox.REGION);
        assertEquals(0, result.exitCode(), result.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Stream.of("Customers.json", "OrderLines.json", "vCustOrders.json", "design.json", "design.md").sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode lines = new ObjectMapper().readTree(out.resolve("OrderLines.json").toFile());
        assertEquals("OrderLines", lines.get("TableName").asText());
        assertEquals("ord_id", lines.get("KeySchema").get(0).get("AttributeName").asText());
        assertEquals("HASH", lines.get("KeySchema").get(0).get("KeyType").asText());
        assertEquals("ord_line_id", lines.get("KeySchema").get(1).get("AttributeName").asText());
        JsonNode model = new ObjectMapper().readTree(out.resolve("design.json").toFile());
        assertEquals("app_db", model.get("schema").asText());
        assertEquals(3, model.get("tables").size());
        String report = Files.readString(out.resolve("design.md"));
        assertTrue(report.contains("## OrderLines") && report.contains("ord_FK"), report);
        assertTrue(result.out().contains("Created OrderLines (ACTIVE)"), result.out());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertEquals("ACTIVE", dynamo.describeTable(b -> b.tableName("vCustOrders")).table().tableStatusAsString());
            for (String table : new String[] {"Customers", "OrderLines", "vCustOrders"}) {
                dynamo.deleteTable(b -> b.tableName(table));
            }
        }
        assertFalse(result.out().contains(PASSWORD) || result.err().contains(PASSWORD) || report.contains(PASSWORD));
    }

    @Test
    void wrongPasswordIsOneClearLineWithoutTheSecret(Sandbox sandbox, @TempDir Path out) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of("PW", "not-the-password"), "design", "--jdbc-url",
                sandbox.mariaDb().jdbcUrl("app_db"), "--user", "app", "--password-env", "PW", "--out", out.toString());
        assertOneLineError(result, "rejected user 'app'");
        assertFalse(result.err().contains("not-the-password"));
    }

    @Test
    void unreachableHostSaysSo(@TempDir Path out) throws Exception {
        int port = FreePort.find();
        CliProcess.Result result = CliProcess.run(Map.of(), "design", "--jdbc-url", "jdbc:mysql://127.0.0.1:" + port + "/app_db",
                "--user", "app", "--out", out.toString());
        assertOneLineError(result, "Cannot reach MySQL at 127.0.0.1:" + port);
    }

    @Test
    void unknownTableListsTheTablesThatExist(Sandbox sandbox, @TempDir Path out) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "design", "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"),
                "--user", "root", "--tables", "Customers,Nope", "--out", out.toString());
        assertOneLineError(result, "No table or view [Nope] in app_db; it has: ");
    }

    @Test
    void nonMySqlUrlIsRejected(@TempDir Path out) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "design", "--jdbc-url", "jdbc:postgresql://localhost/app",
                "--user", "u", "--out", out.toString());
        assertOneLineError(result, "Not a MySQL JDBC URL");
    }

    @Test
    void unwritableOutDirectorySaysWhere(Sandbox sandbox, @TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliProcess.Result result = CliProcess.run(Map.of(), "design", "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"),
                "--user", "root", "--out", file.resolve("sub").toString());
        assertOneLineError(result, "Cannot write the design to " + file.resolve("sub"));
    }

    @Test
    void verboseAddsTheStackTrace(@TempDir Path out) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "design", "--verbose", "--jdbc-url", "jdbc:oracle:thin:@x",
                "--user", "u", "--out", out.toString());
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("\tat io.lsql."), result.err());
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() throws Exception {
        for (String[] args : new String[][] {{"--help"}, {"design", "--help"}, {"sandbox", "--help"}, {"sample", "load", "--help"}}) {
            CliProcess.Result result = CliProcess.run(Map.of(), args);
            assertEquals(0, result.exitCode(), String.join(" ", args));
            assertTrue(result.out().contains("Usage: lsql"), result.out());
        }
        CliProcess.Result version = CliProcess.run(Map.of(), "--version");
        assertTrue(version.out().startsWith("lsql 0."), version.out());
    }

    static void assertOneLineError(CliProcess.Result result, String expected) {
        assertNotEquals(0, result.exitCode());
        String err = result.err().strip();
        assertTrue(err.startsWith("lsql: ") && err.contains(expected), err);
        assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
    }

    static Map<String, String> aws(Sandbox sandbox, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY);
        return env;
    }
}
