package io.lsql.cli;

import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.MariaDbServer;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql report}: the format from the file name or --format, one sentence for a name it can't place. */
@IntegrationTest
class ReportCommandIT {

    private static final String DB = "report_cli_db";

    private static final String PASSWORD = "Rep0rt-Secret";

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE USER IF NOT EXISTS 'report_cli'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
                s.execute("GRANT SELECT, SHOW VIEW ON " + DB + ".* TO 'report_cli'@'127.0.0.1'");
            }
        }
    }

    private static String[] run(Sandbox sandbox, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = "report";
        all[1] = "--jdbc-url=" + sandbox.mariaDb().jdbcUrl(DB);
        all[2] = "--user=" + MariaDbServer.USER;
        System.arraycopy(args, 0, all, 3, args.length);
        int code = LsqlCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theFormatComesFromTheNameUnlessGiven(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path md = dir.resolve("report.md");
        String[] result = run(sandbox, "--out", md.toString(), "--sample-rows", "50");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].startsWith("Wrote the md report of "), result[1]);
        assertTrue(Files.readString(md).startsWith("# Design report: `" + DB + "`"));
        Path json = dir.resolve("report.txt");
        result = run(sandbox, "--out", json.toString(), "--format", "json");
        assertEquals("0", result[0], result[2]);
        assertTrue(Files.readString(json).startsWith("{"));
        assertFalse(Files.exists(dir.resolve("report.txt.part")));
    }

    @Test
    void aPasswordInTheJdbcUrlStaysOutOfTheReportAndItsExports(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LsqlCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute("report",
                "--jdbc-url=" + sandbox.mariaDb().jdbcUrl(DB) + "&password=" + PASSWORD, "--user=report_cli", "--sample-rows", "20",
                "--out", html.toString());
        assertEquals(0, code, err.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("report_cli"), "the plan appendix names the user");
        assertFalse(page.contains(PASSWORD), "the password, also inside the percent-encoded appendices");
        assertFalse(out.toString().contains(PASSWORD) || err.toString().contains(PASSWORD));
    }

    @Test
    void aNameWithoutAKnownExtensionIsOneSentence(Sandbox sandbox, @TempDir Path dir) {
        String[] result = run(sandbox, "--out", dir.resolve("report.docx").toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].startsWith("lsql: Can't tell the report format from the name report.docx: give --format"), result[2]);
        assertEquals(1, result[2].strip().lines().count(), result[2]);
    }
}
