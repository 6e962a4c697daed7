package io.lsql.cli;

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
import java.util.Map;

import static io.lsql.cli.DesignCommandIT.assertOneLineError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql design|plan|report --patterns}: the same proposal on every face, and its plan checks clean. */
@IntegrationTest
class ProposalCommandIT {

    private static final String DB = "proposal_cli_db";

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
    }

    @Test
    void designPlanAndReportShowTheSameProposalAndThePlanChecksClean(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl(DB);
        Path sql = dir.resolve("app.sql");
        Files.writeString(sql, "SELECT * FROM Customers WHERE region = 'North';\nSELECT * FROM Customers WHERE cust_id = '0001';\n");
        Path patterns = dir.resolve("patterns.json");
        CliProcess.Result harvest = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url, "--user", "root", "--from", sql.toString(),
                "--out", patterns.toString());
        assertEquals(0, harvest.exitCode(), harvest.err());

        CliProcess.Result design = CliProcess.run(Map.of(), "design", "--jdbc-url", url, "--user", "root", "--patterns",
                patterns.toString(), "--out", dir.resolve("design").toString());
        assertEquals(0, design.exitCode(), design.err());
        String best = line(design.out(), "  proposed  ").substring("  proposed  ".length());
        assertTrue(design.out().contains("Customers / idx_region") && design.out().contains("region_key = :region"), design.out());
        String markdown = Files.readString(dir.resolve("design").resolve(DesignCommand.PROPOSAL_FILE));
        assertTrue(markdown.contains("| rank | candidate |") && markdown.contains("| pattern | SQL | operation |"), markdown);

        Path plan = dir.resolve("plan.json");
        CliProcess.Result planned = CliProcess.run(Map.of(), "plan", "--jdbc-url", url, "--user", "root", "--patterns", patterns.toString(),
                "--stage", "file://" + dir.resolve("stage"), "--out", plan.toString());
        assertEquals(0, planned.exitCode(), planned.err());
        assertEquals(best, line(planned.out(), "  proposed  ").substring("  proposed  ".length()), "the plan's proposal is the design's");
        String bestId = best.substring(0, best.indexOf(' '));
        assertTrue(planned.out().contains("Planning " + bestId + " "), planned.out());
        CliProcess.Result check = CliProcess.run(Map.of(), "plan", "--check", plan.toString(), "--user", "root");
        assertEquals(0, check.exitCode(), check.out() + check.err());

        Path report = dir.resolve("report.html");
        CliProcess.Result reported = CliProcess.run(Map.of(), "report", "--jdbc-url", url, "--user", "root", "--patterns",
                patterns.toString(), "--plan", plan.toString(), "--out", report.toString());
        assertEquals(0, reported.exitCode(), reported.err());
        String html = Files.readString(report);
        assertTrue(html.contains("<section id=\"proposal\">"), "the report has the proposal section");
        assertTrue(html.contains("<h3>" + best.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</h3>"),
                "the report's best is the design's: " + best);
    }

    @Test
    void anUnknownCandidateOrACandidateWithoutPatternsIsAUsageError(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String url = sandbox.mariaDb().jdbcUrl(DB);
        Path sql = dir.resolve("app.sql");
        Files.writeString(sql, "SELECT * FROM Customers WHERE region = 'North';\n");
        Path patterns = dir.resolve("patterns.json");
        assertEquals(0, CliProcess.run(Map.of(), "patterns", "--jdbc-url", url, "--user", "root", "--no-samples", "--from",
                sql.toString(), "--out", patterns.toString()).exitCode());
        CliProcess.Result unknown = CliProcess.run(Map.of(), "plan", "--jdbc-url", url, "--user", "root", "--patterns", patterns.toString(),
                "--candidate", "c99", "--stage", "file://" + dir, "--out", dir.resolve("p.json").toString());
        assertOneLineError(unknown, "the proposal has no candidate c99; it has c1");
        CliProcess.Result alone = CliProcess.run(Map.of(), "plan", "--jdbc-url", url, "--user", "root", "--candidate", "c1",
                "--stage", "file://" + dir, "--out", dir.resolve("p.json").toString());
        assertOneLineError(alone, "--candidate picks a candidate of the proposal: give --patterns FILE too");
        CliProcess.Result create = CliProcess.run(Map.of(), "design", "--jdbc-url", url, "--user", "root", "--patterns",
                patterns.toString(), "--create", "--out", dir.resolve("d").toString());
        assertOneLineError(create, "--patterns proposes a design for the whole database");
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix + " in:\n" + out));
    }
}
