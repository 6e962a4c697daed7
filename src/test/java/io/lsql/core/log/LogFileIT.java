package io.lsql.core.log;

import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed background task and a failed CLI command leave their stack trace in the log file, and never a password. */
@IntegrationTest
class LogFileIT {

    private static final String USER = "lsql_logged";
    private static final String PASSWORD = "L0g-Secr3t-Pw";

    @BeforeAll
    static void createUserWithPassword(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("GRANT SELECT ON app_db.* TO '" + USER + "'@'127.0.0.1'");
        }
    }

    @Test
    void theTestsLogIntoTheConfiguredFolderNotTheHome() {
        assertTrue(LogFiles.dir().toAbsolutePath().normalize().toString().contains("target"), LogFiles.dir().toString());
    }

    @Test
    void aUrlWithSecretsIsMaskedInTheLine() throws Exception {
        String url = "jdbc:mysql://" + USER + ":" + PASSWORD + "@h:3306/db?pwd=" + PASSWORD + "&sslMode=REQUIRED";
        org.slf4j.LoggerFactory.getLogger(LogFileIT.class).warn("connecting to {}", url, new IllegalStateException(url));
        String log = Files.readString(LogFiles.current());
        assertTrue(log.contains("connecting to jdbc:mysql://" + USER + ":***@h:3306/db?pwd=***&sslMode=REQUIRED"), log);
        assertTrue(log.contains("IllegalStateException: jdbc:mysql://" + USER + ":***@"), log);
        assertFalse(log.contains(PASSWORD), "the log holds the password");
    }

    @Test
    void aFailedTaskLeavesItsTraceAndNoPassword(Sandbox sandbox) throws Exception {
        // the user may read app_db only: opening types_demo with the right password fails on the server
        MySqlProfile profile = new MySqlProfile("logged", "127.0.0.1", sandbox.mariaDb().port(), "types_demo", USER,
                "DISABLED", true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        new DirectTaskRunner().run("Open types_demo as " + USER,
                (progress, cancel) -> profile.source(PASSWORD.toCharArray()).open(), c -> { }, failure::set);
        assertNotNull(failure.get(), "the task should have failed");

        String log = Files.readString(LogFiles.current());
        assertTrue(log.contains("Task 'Open types_demo as " + USER + "' failed"), log);
        assertTrue(log.contains("\tat io.lsql.core.connect.JdbcSource.open"), "the stack trace is logged: " + log);
        assertFalse(log.contains(PASSWORD), "the log holds the password");
    }

    @Test
    void aFailedCommandLeavesItsTraceAndNoPassword(Sandbox sandbox) throws Exception {
        String url = "jdbc:mysql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + sandbox.mariaDb().port()
                + "/types_demo?sslMode=DISABLED&password=" + PASSWORD;
        CliProcess.Result run = CliProcess.run(Map.of(), "design", "--jdbc-url", url, "--user", USER, "--out",
                Path.of("target", "log-it-design").toString());
        assertEquals(1, run.exitCode(), run.err());

        String log = Files.readString(LogFiles.current());
        assertTrue(log.contains("lsql design failed"), log);
        assertTrue(log.contains("\tat io.lsql.cli"), "the stack trace is logged: " + log);
        assertFalse(log.contains(PASSWORD), "the log holds the password");
        assertFalse(run.err().contains(PASSWORD), run.err());
    }
}
