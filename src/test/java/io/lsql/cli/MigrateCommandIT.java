package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.lsql.cli.DesignCommandIT.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class MigrateCommandIT {

    private static Map<String, String> env(Sandbox sandbox) {
        return Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
    }

    @Test
    void migratePrintsAJsonSummaryAndVerifyAgreesLater(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl("app_db");
        CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", url, "--user", "root", "--table", "Customers",
                "--target-table", "cli_customers", "--stage", dir.resolve("s").toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertEquals(10, summary.get("rowsRead").asLong());
        assertEquals(10, summary.get("itemsWritten").asLong());
        assertEquals(0, summary.get("rejected").asLong());
        assertTrue(summary.get("verify").get("equal").asBoolean());
        assertTrue(summary.get("runId").asText().matches("\\d{8}-\\d{6}-[0-9a-f]{4}"));

        CliProcess.Result verify = CliProcess.run(env(sandbox), "verify", "--jdbc-url", url, "--user", "root", "--table", "Customers",
                "--target-table", "cli_customers");
        assertEquals(0, verify.exitCode(), verify.err());
        assertTrue(verify.out().startsWith("verify     EQUAL: 10 source items, 10 target items"), verify.out());

        try (var dynamo = io.lsql.testing.Databases.aws(sandbox).dynamoDb()) {
            dynamo.updateItem(b -> b.tableName("cli_customers").key(Map.of("cust_id", av("0001")))
                    .updateExpression("SET #n = :n").expressionAttributeNames(Map.of("#n", "name"))
                    .expressionAttributeValues(Map.of(":n", av("Mallory"))));
            dynamo.deleteItem(b -> b.tableName("cli_customers").key(Map.of("cust_id", av("0002"))));
        }
        CliProcess.Result different = CliProcess.run(env(sandbox), "verify", "--jdbc-url", url, "--user", "root", "--table",
                "Customers", "--target-table", "cli_customers");
        assertEquals(3, different.exitCode(), different.out());
        assertTrue(different.out().contains("missing   cust_id=0002"), different.out());
        assertTrue(different.out().contains("different cust_id=0001"), different.out());
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue av(String s) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(s);
    }

    @Test
    void rowsThatCannotBeItemsExitNonZeroAndAreListed(Sandbox sandbox, @TempDir Path dir) throws Exception {
        CliProcess.Result run = CliProcess.run(env(sandbox), "export", "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"),
                "--user", "root", "--query", "SELECT cust_id, phone FROM Customers", "--partition-key", "phone",
                "--stage", dir.toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("lsql: 6 row(s) could not become items; see rejects.jsonl"), run.err());
        assertEquals(6, Files.readAllLines(dir.resolve("rejects.jsonl")).size());
    }

    @Test
    void renamedAndDroppedColumnsShapeTheItems(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl("app_db");
        CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", url, "--user", "root", "--table", "Customers",
                "--target-table", "cli_renamed", "--rename", "name=full_name", "--drop", "email,phone", "--stage", dir.toString(),
                "--no-gzip", "--load", "batch");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("verify     EQUAL"), run.out());
        String firstItem;
        try (var files = Files.list(dir.resolve("data"))) {
            firstItem = Files.readAllLines(files.findFirst().orElseThrow()).get(0);
        }
        assertTrue(firstItem.contains("\"full_name\":{\"S\":\"Zeus Transport\"}"), firstItem);
        assertTrue(!firstItem.contains("\"email\"") && !firstItem.contains("\"phone\"") && !firstItem.contains("\"name\""), firstItem);
    }

    @Test
    void aPlanFileDrivesTheMigration(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"sourceKind\":\"VIEW\",\"source\":\"vCustOrders\",\"targetTable\":\"plan_cust_orders\","
                + "\"stage\":\"" + dir.resolve("stage") + "\",\"load\":\"batch\",\"workers\":2}");
        CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"),
                "--user", "root", "--plan", plan.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertEquals("plan_cust_orders", summary.get("targetTable").asText());
        assertTrue(summary.get("verify").get("equal").asBoolean());
        String manifest = Files.readString(dir.resolve("stage").resolve("manifest.json"));
        assertTrue(manifest.contains("\"partitionKey\"") || manifest.contains("cust_id"), manifest);
        // secrets in manifests, output and errors are tested with a real password in SecretsIT
    }

    @Test
    void aStageWithAnotherRunsFilesIsRefused(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl("app_db");
        assertEquals(0, CliProcess.run(env(sandbox), "export", "--jdbc-url", url, "--user", "root", "--table", "Reps",
                "--stage", dir.toString()).exitCode());
        CliProcess.Result again = CliProcess.run(env(sandbox), "export", "--jdbc-url", url, "--user", "root", "--table", "Reps",
                "--stage", dir.toString());
        assertOneLineError(again, "holds the files of run ");
        CliProcess.Result importLocal = CliProcess.run(env(sandbox), "load", "--stage", dir.toString(), "--load", "import");
        assertOneLineError(importLocal, "--load import needs an S3 stage");
    }

    @Test
    void aFailingSelectAndAnUnreachableS3EndpointAreOneLine(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl("app_db");
        CliProcess.Result badSql = CliProcess.run(env(sandbox), "export", "--jdbc-url", url, "--user", "root",
                "--query", "SELECT nope FROM Customers", "--partition-key", "nope", "--stage", dir.resolve("a").toString());
        assertOneLineError(badSql, "The query failed: Unknown column 'nope'");
        int port = io.lsql.core.sandbox.FreePort.find();
        CliProcess.Result offline = CliProcess.run(env(sandbox), "export", "--jdbc-url", url, "--user", "root",
                "--table", "Reps", "--stage", "s3://bucket/prefix", "--endpoint-url", "http://127.0.0.1:" + port);
        assertOneLineError(offline, "cannot reach the endpoint");
    }
}
