package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.ProgressListener;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.ScaleGenerator;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql plan} then {@code lsql migrate --plan} as a user runs them: whole databases, and a run killed with -9 then resumed. */
@IntegrationTest
class PlanMigrateIT {

    static final String SCALED = "plan_cli_scaled";
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadMissing(connection);
            SampleDatabases.loadAppDb(connection, SCALED);
            ScaleGenerator.generate(connection, 2_000, 11, ProgressListener.NONE);
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE TABLE " + SCALED + ".OrderLines, " + SCALED + ".Orders");
            }
        }
    }

    static Map<String, String> env(Sandbox sandbox) {
        return Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint());
    }

    @Test
    void appDbAndTypesDemoMigrateAsWholeDatabasesAndVerifyEqual(Sandbox sandbox, @TempDir Path dir) throws Exception {
        for (String db : List.of(SampleDatabases.APP_DB, SampleDatabases.TYPES_DEMO)) {
            Path planFile = dir.resolve(db + ".json");
            CliProcess.Result plan = CliProcess.run(env(sandbox), "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(db), "--user", "root",
                    "--views", "--table-prefix", "whole_" + db + "_", "--stage", dir.resolve(db + "-stage").toUri().toString(),
                    "--out", planFile.toString());
            assertEquals(0, plan.exitCode(), plan.err());
            CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--plan", planFile.toString(), "--user", "root",
                    "--parallel-targets", "3", "--json");
            // types_demo's DOUBLE max and min are outside DynamoDB's number range: two named rejects, exit code 4
            boolean typesDemo = db.equals(SampleDatabases.TYPES_DEMO);
            assertEquals(typesDemo ? 4 : 0, run.exitCode(), run.out() + run.err());
            JsonNode report = JSON.readTree(run.out());
            assertEquals(typesDemo ? "REJECTS" : "DONE", report.get("state").asText());
            int targets = 0;
            for (JsonNode target : report.get("targets")) {
                targets++;
                boolean samples = target.get("table").asText().equals("whole_types_demo_type_samples");
                assertEquals(samples ? "REJECTS" : "DONE", target.get("state").asText(), target.toString());
                assertTrue(target.get("verified").asBoolean(), target.toString());
                assertEquals(target.get("rows").asLong(), target.get("items").asLong() + (samples ? 2 : 0), target.toString());
                assertEquals(samples ? 2 : 0, target.get("rejects").asLong(), target.toString());
            }
            assertEquals(JSON.readTree(planFile.toFile()).get("targets").size(), targets);
            assertTrue(run.err().contains(": DONE"), "plain progress lines when stderr is not a terminal: " + run.err());
        }
    }

    @Test
    void aDryRunReadsEveryRowAndWritesNothing(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path planFile = dir.resolve("plan.json");
        Path stage = dir.resolve("stage");
        assertEquals(0, CliProcess.run(env(sandbox), "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(SampleDatabases.TYPES_DEMO),
                "--user", "root", "--table-prefix", "dry_", "--stage", stage.toUri().toString(), "--out", planFile.toString()).exitCode());
        CliProcess.Result dry = CliProcess.run(env(sandbox), "migrate", "--plan", planFile.toString(), "--user", "root", "--dry-run",
                "--json");
        assertEquals(4, dry.exitCode(), "types_demo's two out-of-range doubles would be rejects: " + dry.out() + dry.err());
        JsonNode report = JSON.readTree(dry.out());
        assertEquals(false, report.get("clean").asBoolean());
        assertTrue(dry.out().contains("dry_type_samples"), dry.out());
        assertTrue(!Files.exists(stage), "the dry run wrote nothing to the stage");
        try (var dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertTrue(dynamo.listTables().tableNames().stream().noneMatch(t -> t.startsWith("dry_")), "nor to DynamoDB");
        }
    }

    @Test
    void aRunKilledMidLoadResumesEveryTargetWithNoFileLoadedTwice(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        Path planFile = dir.resolve("plan.json");
        CliProcess.Result plan = CliProcess.run(env(sandbox), "plan", "--jdbc-url", sandbox.mariaDb().jdbcUrl(SCALED), "--user", "root",
                "--tables", "OrderLines,Reps,Products", "--table-prefix", "killed_", "--stage", stage.toUri().toString(), "--out", planFile.toString());
        assertEquals(0, plan.exitCode(), plan.err());
        Process first = start(env(sandbox), dir.resolve("first.log"), "migrate", "--plan", planFile.toString(), "--user", "root",
                "--rate", "2000", "--workers", "2", "--file-size", "1", "--parallel-targets", "2");
        Path lineCheckpoints = stage.resolve("targets/killed_OrderLines/sources/OrderLines/checkpoints/load/killed_OrderLines/files");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countFiles(lineCheckpoints) < 2 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "still loading when killed: " + Files.readString(dir.resolve("first.log")));
        first.destroyForcibly().waitFor();

        Process resume = start(env(sandbox), dir.resolve("resume.log"), "migrate", "--plan", planFile.toString(), "--user", "root",
                "--resume", "--json");
        assertTrue(resume.waitFor(5, TimeUnit.MINUTES));
        String out = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, resume.exitValue(), out + Files.readString(dir.resolve("resume.log")));
        JsonNode report = JSON.readTree(out);
        for (JsonNode target : report.get("targets")) {
            assertEquals("DONE", target.get("state").asText(), target.toString());
            assertTrue(target.get("verified").asBoolean(), target.toString());
            if (target.get("table").asText().equals("killed_OrderLines")) {
                assertTrue(target.get("loaded").asLong() < target.get("rows").asLong(),
                        "the files loaded before the kill were not loaded again: " + target);
            }
        }
        assertTrue(Files.readString(stage.resolve("run-report.md")).contains("| killed_OrderLines | DONE | batch |"));
    }

    private static Process start(Map<String, String> env, Path log, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(CliProcess.command(args)).redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
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
