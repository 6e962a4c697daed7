package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static io.lsql.cli.DesignCommandIT.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** lsql load, migrate --resume and --plan as a user runs them, and the exact exit code of each outcome. */
@IntegrationTest
class LoadAndExitCodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> env(Sandbox sandbox) {
        return Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
    }

    private static CliProcess.Result exportCustomers(Sandbox sandbox, String stage, String target) throws Exception {
        CliProcess.Result export = CliProcess.run(env(sandbox), "export", "--jdbc-url", sandbox.mariaDb().jdbcUrl("app_db"),
                "--user", "root", "--table", "Customers", "--target-table", target, "--stage", stage, "--json");
        assertEquals(0, export.exitCode(), export.err());
        return export;
    }

    @Test
    void loadingOneStageIntoASecondTableWritesItAndExitsZero(Sandbox sandbox, @TempDir Path dir) throws Exception {
        exportCustomers(sandbox, dir.toString(), "cli_two_a");
        CliProcess.Result first = CliProcess.run(env(sandbox), "load", "--stage", dir.toString(), "--json");
        CliProcess.Result second = CliProcess.run(env(sandbox), "load", "--stage", dir.toString(), "--target-table", "cli_two_b");
        CliProcess.Result again = CliProcess.run(env(sandbox), "load", "--stage", dir.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(10, JSON.readTree(first.out()).get("load").get("items").asLong());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("target     cli_two_b") && second.out().contains("loaded     10 items by batch"), second.out());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("loaded     0 items by batch") && again.out().contains("file(s) were already loaded into cli_two_a"),
                again.out());
    }

    @Test
    void aLoadThatWritesNothingItShouldHaveExitsOne(Sandbox sandbox, @TempDir Path dir) throws Exception {
        exportCustomers(sandbox, dir.toString(), "cli_emptied");
        try (var files = Files.list(dir.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.write(file, gzip(""));
            }
        }
        CliProcess.Result load = CliProcess.run(env(sandbox), "load", "--stage", dir.toString());
        assertEquals(1, load.exitCode(), load.out() + load.err());
        assertOneLineError(load, "holds 0 items but the run's manifest lists 10");
        CliProcess.Result noRun = CliProcess.run(env(sandbox), "load", "--stage", dir.resolve("nothing").toString());
        assertEquals(1, noRun.exitCode(), noRun.err());
        assertOneLineError(noRun, "holds no run (no manifest.json)");
    }

    @Test
    void itemsThatImportTableRefusesExitFourWithTheirCount(Sandbox sandbox) throws Exception {
        String bucket = "lsql-exit-codes";
        String prefix = UUID.randomUUID().toString();
        try (S3Client s3 = Databases.aws(sandbox).s3()) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            exportCustomers(sandbox, "s3://" + bucket + "/" + prefix, "cli_refused");
            // DynamoDB refuses an item without its key: take the key out of the first item, as a broken stage would
            String key = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix + "/data/")).contents().get(0).key();
            String items = gunzip(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
            String broken = items.replaceFirst("\"cust_id\":\\{\"S\":\"[^\"]*\"},?", "");
            assertFalse(broken.equals(items), items);
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(gzip(broken)));
        }
        CliProcess.Result load = CliProcess.run(env(sandbox), "load", "--stage", "s3://" + bucket + "/" + prefix, "--load", "import");
        assertEquals(4, load.exitCode(), load.out() + load.err());
        assertTrue(load.out().contains("loaded     9 items by import") && load.out().contains(", 1 import errors"), load.out());
        assertEquals("lsql: ImportTable refused 1 item(s) of cli_refused; lsql verify names their keys.", load.err().strip());
    }

    @Test
    void resumeHonoursSkipVerifyLoadWorkersAndRateAndRefusesWhatTheRunFixes(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String runId = JSON.readTree(exportCustomers(sandbox, dir.toString(), "cli_resumed").out()).get("runId").asText();
        CliProcess.Result refused = CliProcess.run(env(sandbox), "migrate", "--resume", runId, "--stage", dir.toString(),
                "--target-table", "elsewhere");
        assertEquals(2, refused.exitCode(), refused.err());
        assertOneLineError(refused, "--target-table cannot be given with --resume: the run's manifest fixes");

        CliProcess.Result resumed = CliProcess.run(env(sandbox), "migrate", "--resume", runId, "--stage", dir.toString(),
                "--skip-verify", "--load", "batch", "--workers", "2", "--rate", "500", "--json");
        assertEquals(0, resumed.exitCode(), resumed.err());
        JsonNode summary = JSON.readTree(resumed.out());
        assertFalse(summary.has("verify"), "--skip-verify is honoured: " + resumed.out());
        assertEquals("batch", summary.get("load").get("method").asText());
        assertEquals(10, summary.get("load").get("items").asLong());
        JsonNode plan = JSON.readTree(dir.resolve("manifest.json").toFile()).get("plan");
        assertEquals(2, plan.get("workers").asInt());
        assertEquals(500, plan.get("rate").asInt());
        assertTrue(plan.get("skipVerify").asBoolean());
    }

    @Test
    void aPlanFileTakesTheRunSettingsGivenOnTheCommandLine(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"sourceKind\":\"TABLE\",\"source\":\"Customers\",\"targetTable\":\"plan_file_table\","
                + "\"stage\":\"" + dir.resolve("unused") + "\",\"load\":\"import\",\"workers\":3,\"fileSizeMb\":64}");
        String url = sandbox.mariaDb().jdbcUrl("app_db");
        CliProcess.Result refused = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", url, "--user", "root", "--plan",
                plan.toString(), "--table", "Orders");
        assertEquals(2, refused.exitCode(), refused.err());
        assertOneLineError(refused, "--table cannot be given with --plan: the plan file defines the source");

        // the plan's import would need an S3 stage: --load batch and --stage replace it, --skip-verify ends after the load
        CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", url, "--user", "root", "--plan",
                plan.toString(), "--stage", dir.resolve("stage").toString(), "--target-table", "plan_cli_table", "--load", "batch",
                "--skip-verify", "--no-gzip", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = JSON.readTree(run.out());
        assertEquals("plan_cli_table", summary.get("targetTable").asText());
        assertEquals("batch", summary.get("load").get("method").asText());
        assertFalse(summary.has("verify"), run.out());
        try (var files = Files.list(dir.resolve("stage/data"))) {
            assertTrue(files.allMatch(f -> f.toString().endsWith(".json")), "--no-gzip is honoured");
        }
        assertEquals(3, JSON.readTree(dir.resolve("stage/manifest.json").toFile()).get("plan").get("workers").asInt(),
                "what the command line does not give stays the plan's");
    }

    @Test
    void ctrlCCancelsTheRunningCommandWhichExits130(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        List<String> command = io.lsql.testing.CliProcess.command("migrate", "--jdbc-url",
                sandbox.mariaDb().jdbcUrl("app_db"), "--user", "root", "--query", "SELECT seq AS n FROM seq_1_to_200000",
                "--partition-key", "n", "--target-table", "cli_cancelled", "--stage", stage.toString(), "--load", "batch");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env(sandbox));
        Process migrate = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(stage.resolve("manifest.json")) && migrate.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        assertTrue(migrate.isAlive(), "still running when interrupted: " + Files.readString(dir.resolve("out.log")));
        new ProcessBuilder("kill", "-INT", Long.toString(migrate.pid())).start().waitFor();
        assertTrue(migrate.waitFor(30, TimeUnit.SECONDS));
        String out = Files.readString(dir.resolve("out.log"));
        assertEquals(130, migrate.exitValue(), out);
        assertTrue(out.strip().endsWith("lsql: cancelled; what was finished is checkpointed in the stage."), out);
    }

    static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
