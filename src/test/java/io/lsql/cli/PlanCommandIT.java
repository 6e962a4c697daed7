package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.lsql.cli.DesignCommandIT.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class PlanCommandIT {

    private static final String DB = "plan_cli_db";
    private static final String PASSWORD = "cl1-Plan-Secret";
    private static final Map<String, String> ENV = Map.of("PW", PASSWORD);

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE USER IF NOT EXISTS 'plan_cli'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT SELECT, SHOW VIEW ON " + DB + ".* TO 'plan_cli'@'127.0.0.1'");
            }
        }
    }

    @Test
    void writesAPlanWithTheDmsFilesThenChecksItAgainstItsOwnSource(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        CliProcess.Result write = CliProcess.run(ENV, "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(DB), "--user", "plan_cli",
                "--password-env", "PW", "--views", "--table-prefix", "dev_", "--stage", "s3://lsql-stage/app", "--out", plan.toString(),
                "--dms-out", dir.resolve("dms").toString(), "--region", Sandbox.REGION);
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(write.out().contains("dev_OrderLines") && write.out().contains("HASH ord_id RANGE ord_line_id, 1 GSI(s)"), write.out());
        assertTrue(write.out().contains("Wrote 12 target(s) to " + plan), write.out());
        String text = Files.readString(plan);
        assertFalse(text.contains(PASSWORD), text);
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals(1, json.get("planVersion").asInt());
        assertEquals("plan_cli", json.get("source").get("user").asText());
        assertEquals(Sandbox.REGION, json.get("target").get("region").asText());
        for (String file : List.of("table-mappings.json", "task-settings.json", "README-dms.md")) {
            assertTrue(Files.size(dir.resolve("dms").resolve(file)) > 0, file);
        }

        CliProcess.Result check = CliProcess.run(ENV, "plan", "--check", plan.toString(), "--password-env", "PW");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertEquals(plan + ": no problems in 12 target(s).", check.out().strip());
    }

    @Test
    void aBrokenPlanPrintsOneLinePerProblemAndExitsTwo(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        String url = sandbox.mariaDb().jdbcUrl(DB);
        CliProcess.Result write = CliProcess.run(Map.of(), "plan", "--jdbc-url", url, "--user", "root", "--tables", "Reps",
                "--stage", "s3://lsql-stage/app", "--out", plan.toString());
        assertEquals(0, write.exitCode(), write.err());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(plan.toFile());
        ObjectNode target = (ObjectNode) json.get("targets").get(0);
        target.put("ifExists", "append");
        ((ObjectNode) target.get("sources").get(0).get("keys").get(0)).put("template", "REP#{rep_code}");
        mapper.writeValue(plan.toFile(), json);

        CliProcess.Result check = CliProcess.run(Map.of(), "plan", "--check", plan.toString(), "--jdbc-url", url, "--user", "root");
        assertEquals(2, check.exitCode(), check.out() + check.err());
        assertEquals(List.of("target Reps: load import creates a new table and cannot append to an existing one; use ifExists fail "
                        + "or replace, or load by batch.",
                "target Reps, source Reps: key rep_id: Key template 'REP#{rep_code}' names unknown column 'rep_code'; the source has: "
                        + "rep_id, rep_name, last_updated."), check.out().strip().lines().toList());
        assertOneLineError(new CliProcess.Result(1, "", check.err()), "the plan " + plan + " has 2 problem(s)");
    }

    @Test
    void optionsThatCannotGoTogetherAreUsageErrors(@TempDir Path dir) throws Exception {
        CliProcess.Result neither = CliProcess.run(Map.of(), "plan", "--jdbc-url", "jdbc:mysql://127.0.0.1:1/x", "--user", "u");
        assertEquals(2, neither.exitCode(), neither.err());
        assertTrue(neither.err().strip().startsWith("lsql: give --out FILE to write a plan, or --check FILE to check one"), neither.err());
        CliProcess.Result both = CliProcess.run(Map.of(), "plan", "--check", dir.resolve("p.json").toString(), "--tables", "a");
        assertEquals(2, both.exitCode(), both.err());
        assertTrue(both.err().contains("--tables cannot be given with --check"), both.err());
        CliProcess.Result missing = CliProcess.run(Map.of(), "plan", "--check", dir.resolve("p.json").toString());
        assertOneLineError(missing, "The plan file " + dir.resolve("p.json") + " does not exist.");
    }

    @Test
    void aNoSqlWorkbenchModelSetsTheKeysAndIndexesOfTheTablesItNames(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path model = dir.resolve("model.json");
        Files.writeString(model, """
                {"ModelName": "edited", "ModelMetadata": {"Version": "3.0", "Author": "a colleague"}, "Unknown": true,
                 "DataModel": [{"TableName": "Customers",
                   "KeyAttributes": {"PartitionKey": {"AttributeName": "region", "AttributeType": "S"},
                                     "SortKey": {"AttributeName": "cust_id", "AttributeType": "S"}},
                   "GlobalSecondaryIndexes": [{"IndexName": "by_email",
                     "KeyAttributes": {"PartitionKey": {"AttributeName": "email", "AttributeType": "S"}},
                     "Projection": {"ProjectionType": "KEYS_ONLY"}}],
                   "BillingMode": "PAY_PER_REQUEST"}]}
                """);
        Path plan = dir.resolve("plan.json");
        CliProcess.Result write = CliProcess.run(ENV, "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(DB), "--user", "plan_cli",
                "--password-env", "PW", "--tables", "Customers,Orders", "--stage", "file://" + dir.resolve("stage"),
                "--model", model.toString(), "--out", plan.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(write.out().contains("Customers                    HASH region RANGE cust_id, 1 GSI(s)"), write.out());
        JsonNode customers = new ObjectMapper().readTree(Files.readString(plan)).get("targets").get(0);
        assertEquals("by_email", customers.get("indexes").get(0).get("name").asText());
        assertEquals("KEYS_ONLY", customers.get("indexes").get(0).get("projection").asText());
        CliProcess.Result check = CliProcess.run(ENV, "plan", "--check", plan.toString(), "--password-env", "PW");
        assertEquals(0, check.exitCode(), check.out() + check.err());

        Files.writeString(model, "{\"ModelMetadata\": {\"Version\": \"2.0\"}, \"DataModel\": []}");
        CliProcess.Result wrongVersion = CliProcess.run(ENV, "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(DB), "--user", "plan_cli",
                "--password-env", "PW", "--tables", "Customers", "--stage", "file://" + dir.resolve("stage"),
                "--model", model.toString(), "--out", dir.resolve("p2.json").toString());
        assertOneLineError(wrongVersion, model + " is not a NoSQL Workbench data model of version 3.0 (ModelMetadata.Version is '2.0').");
    }
}
