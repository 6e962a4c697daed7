package io.lsql.cli;

import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql patterns --rehearse}: one line per pattern, exit 0 when none differs; bad input is one sentence. */
@IntegrationTest
class PatternsRehearseIT {

    private static final String DB = "rehearse_cli_db";

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
    }

    @Test
    void rehearsesTheBestCandidateAndWritesTheReport(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path patterns = patterns(sandbox, dir, "SELECT * FROM Customers WHERE region = 'West';\n"
                + "SELECT * FROM OrderLines WHERE ord_id = '0002' AND ord_line_id > '0001' ORDER BY ord_line_id;\n");
        Path report = dir.resolve("rehearsal.md");
        CliProcess.Result result = CliProcess.run(env(), args(sandbox, patterns, "--sample-rows", "5000", "--table-prefix", "rcli_",
                "--report", report.toString()));
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().startsWith("Rehearsing candidate c"), result.out());
        assertTrue(result.out().lines().filter(l -> l.startsWith("p-")).count() == 2, result.out());
        assertTrue(result.out().lines().filter(l -> l.startsWith("p-")).allMatch(l -> l.contains(" EQUAL ")), result.out());
        assertTrue(result.out().contains("2 equal, 0 different, 0 not rehearsed (sample read from " + DB + ")."), result.out());
        assertTrue(Files.readString(report).startsWith("# Rehearsal of candidate c"));
    }

    @Test
    void anUnknownCandidateOrAnUnreachableEndpointIsOneSentence(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path patterns = patterns(sandbox, dir, "SELECT * FROM Reps WHERE rep_id = 'SAM';\n");
        CliProcess.Result unknown = CliProcess.run(env(), args(sandbox, patterns, "--candidate", "c99"));
        assertEquals(1, unknown.exitCode(), unknown.out() + unknown.err());
        assertTrue(unknown.err().startsWith("lsql: No candidate c99 in the proposal; it has c1, "), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());

        String[] nowhere = args(sandbox, patterns, "--table-prefix", "rcli2_");
        nowhere[java.util.Arrays.asList(nowhere).indexOf("--endpoint-url") + 1] = "http://127.0.0.1:9";
        CliProcess.Result unreachable = CliProcess.run(env(), nowhere);
        assertEquals(1, unreachable.exitCode(), unreachable.out() + unreachable.err());
        assertTrue(unreachable.err().startsWith("lsql: ") && unreachable.err().contains("127.0.0.1:9"), unreachable.err());
        assertEquals(1, unreachable.err().lines().count(), unreachable.err());

        CliProcess.Result noIn = CliProcess.run(env(), "patterns", "--rehearse", "--jdbc-url", url(sandbox), "--user", "root");
        assertEquals(2, noIn.exitCode());
        assertTrue(noIn.err().contains("--rehearse needs --in patterns.json"), noIn.err());
    }

    private static Path patterns(Sandbox sandbox, Path dir, String sql) throws Exception {
        Path file = dir.resolve("app.sql");
        Files.writeString(file, sql);
        Path out = dir.resolve("patterns.json");
        PatternsJson.write(PatternsFile.of(new PatternHarvester().harvest(Databases.source(sandbox, DB),
                new HarvestOptions(HarvestOptions.From.FILE, file, false, 3.0))), out);
        return out;
    }

    private static String[] args(Sandbox sandbox, Path patterns, String... more) {
        String[] base = {"patterns", "--rehearse", "--in", patterns.toString(), "--jdbc-url", url(sandbox), "--user", "root",
            "--endpoint-url", sandbox.moto().endpoint(), "--region", Sandbox.REGION};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static Map<String, String> env() {
        return Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY,
                "AWS_EC2_METADATA_DISABLED", "true");
    }

    private static String url(Sandbox sandbox) {
        return sandbox.mariaDb().jdbcUrl(DB);
    }
}
