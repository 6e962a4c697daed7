package io.lsql.core.migrate;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.ScaleGenerator;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.core.stage.StageCompression;
import io.lsql.testing.Databases;
import io.lsql.testing.FaultProxy;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throttling, 5xx, unprocessed items, cancellation and kill -9: the migration still ends complete and equal. */
@IntegrationTest
class FaultsAndResumeIT {

    static final String DB = "scale_mig";
    static final long LINES = 20_000;

    @BeforeAll
    static void loadScaleData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            ScaleGenerator.generate(connection, LINES / 20, 11, ProgressListener.NONE);
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE TABLE " + DB + ".OrderLines");
            }
        }
    }

    @Test
    void batchLoadSurvivesThrottlingServerErrorsAndUnprocessedItems(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(sandbox.moto().endpoint(), new FaultProxy.Faults(5, 7, 3))) {
            AwsTarget throughProxy = AwsTarget.endpoint(proxy.endpoint(), Sandbox.REGION, SandboxInfo.ACCESS_KEY, SandboxInfo.SECRET_KEY);
            RunSummary run = Migrations.service(sandbox, DB, throughProxy)
                    .migrate(Migrations.plan(MigrationSource.Kind.TABLE, "Orders", "faulty_orders", dir.toString(), LoadMethod.BATCH));
            assertTrue(run.verify().equal(), run.verify().toString());
            assertEquals(LINES / 4, run.verify().targetItems());
            assertTrue(proxy.throttled() > 0 && proxy.serverErrors() > 0 && proxy.unprocessedItems() > 0);
            assertEquals(proxy.throttled(), run.load().throttled());
            assertEquals(proxy.serverErrors(), run.load().serverErrors());
            // a one-item request the proxy "halves" keeps its item, so not every injected halving needs a retry
            assertTrue(run.load().retries() > proxy.throttled() + proxy.serverErrors());
            assertTrue(run.load().retries() <= proxy.throttled() + proxy.serverErrors() + proxy.unprocessedRequests());
        }
    }

    @Test
    void aCancelledExportResumesFromItsCheckpoints(Sandbox sandbox, @TempDir Path dir) throws Exception {
        CancellationToken cancel = new CancellationToken();
        ProgressListener cancelHalfway = (message, done, total) -> {
            if (done >= LINES / 2) {
                cancel.cancel();
            }
        };
        MigrationService first = new MigrationService(Databases.source(sandbox, DB), Databases.aws(sandbox), cancelHalfway, cancel);
        MigrationPlan plan = Migrations.plan(MigrationSource.Kind.TABLE, "OrderLines", "resumed_lines", dir.toString(),
                LoadMethod.BATCH).withFiles(1, StageCompression.GZIP);
        assertThrows(CancellationException.class, () -> first.migrate(plan));
        Manifest manifest = new com.fasterxml.jackson.databind.ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Manifest.class);
        assertEquals(Manifest.EXPORTING, manifest.status());
        assertTrue(manifest.chunks().size() >= 4, "split into key ranges: " + manifest.chunks());

        RunSummary resumed = Migrations.service(sandbox, DB).resume(manifest.runId(), dir.toString(), RunOverrides.NONE);
        assertEquals(LINES, resumed.rowsRead());
        assertTrue(resumed.verify().equal(), resumed.verify().toString());
        assertEquals(LINES, resumed.verify().targetItems());
    }

    @Test
    void aMigrationKilledMidLoadResumesWithNothingLost(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
        Process migrate = start(env, dir.resolve("first.log"), "migrate", "--jdbc-url", sandbox.mariaDb().jdbcUrl(DB), "--user", "root",
                "--table", "OrderLines", "--target-table", "killed_lines", "--stage", stage.toString(), "--load", "batch",
                "--rate", "2000", "--workers", "2", "--file-size", "1");
        Path loadCheckpoints = stage.resolve("checkpoints/load/killed_lines/files");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (countFiles(loadCheckpoints) < 2 && migrate.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(migrate.isAlive(), "still loading when killed: " + Files.readString(dir.resolve("first.log")));
        migrate.destroyForcibly().waitFor();
        String runId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stage.resolve("manifest.json").toFile())
                .get("runId").asText();

        Process resume = start(env, dir.resolve("resume.log"), "migrate", "--resume", runId, "--stage", stage.toString(), "--json");
        assertTrue(resume.waitFor(3, TimeUnit.MINUTES));
        String out = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, resume.exitValue(), out + Files.readString(dir.resolve("resume.log")));
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        assertEquals(runId, summary.get("runId").asText());
        assertTrue(summary.get("verify").get("equal").asBoolean(), out);
        assertEquals(LINES, summary.get("verify").get("targetItems").asLong());
        assertTrue(summary.get("load").get("items").asLong() < LINES, "checkpointed files were not loaded again: " + out);
    }

    @Test
    void aMigrationKilledMidExportResumesWithNothingLost(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
        // SLEEP per row makes the export take ~10 s, so the kill lands while a data file is half written
        String query = "SELECT ord_id, ord_line_id, qty, SLEEP(0.0005) AS pause FROM OrderLines";
        Process migrate = start(env, dir.resolve("first.log"), "migrate", "--jdbc-url", sandbox.mariaDb().jdbcUrl(DB), "--user", "root",
                "--query", query, "--partition-key", "ord_id", "--sort-key", "ord_line_id", "--target-table", "killed_export",
                "--stage", stage.toString(), "--load", "batch");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!partFileExists(stage.resolve("data")) && migrate.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(300);
        assertTrue(migrate.isAlive(), "still exporting when killed: " + Files.readString(dir.resolve("first.log")));
        migrate.destroyForcibly().waitFor();
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stage.resolve("manifest.json").toFile());
        assertEquals(Manifest.EXPORTING, manifest.get("status").asText());

        Process resume = start(env, dir.resolve("resume.log"), "migrate", "--resume", manifest.get("runId").asText(),
                "--stage", stage.toString(), "--json");
        assertTrue(resume.waitFor(3, TimeUnit.MINUTES));
        String out = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, resume.exitValue(), out + Files.readString(dir.resolve("resume.log")));
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        assertEquals(LINES, summary.get("rowsRead").asLong());
        assertTrue(summary.get("verify").get("equal").asBoolean(), out);
        assertEquals(LINES, summary.get("verify").get("targetItems").asLong());
    }

    private static boolean partFileExists(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    private static Process start(Map<String, String> env, Path log, String... args) throws Exception {
        List<String> command = io.lsql.testing.CliProcess.command(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        return builder.start();
    }

    private static long countFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
