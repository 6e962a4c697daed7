package io.lsql.cli;

import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql sample load} deletes rows: only in a database the sandbox created, or with --force. */
@IntegrationTest
class SampleCommandIT {

    @Test
    void refusesADatabaseTheSandboxDidNotCreateUnlessForced(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, "someones_db");
            try (Statement s = connection.createStatement()) {
                // the same tables, but created by someone else: no sandbox marker
                s.execute("ALTER DATABASE someones_db COMMENT 'production'");
            }
        }
        CliProcess.Result refused = load(sandbox, "someones_db");
        assertEquals(1, refused.exitCode(), refused.err());
        assertEquals("lsql: Database 'someones_db' was not created by the lsql sandbox and lsql sample load would delete all its rows, "
                + "so point --jdbc-url at the sandbox's app_db, or add --force to replace its rows anyway.", refused.err().strip());
        assertEquals(10, customers(sandbox, "someones_db"), "not one row was deleted");

        CliProcess.Result forced = load(sandbox, "someones_db", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals(30, customers(sandbox, "someones_db"));
    }

    @Test
    void replacesTheRowsOfADatabaseTheSandboxCreated(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, "sandbox_copy");
            assertTrue(SampleDatabases.isSandboxSample(connection, "sandbox_copy"));
            assertTrue(SampleDatabases.isSandboxSample(connection, SampleDatabases.APP_DB), "the sandbox marks its own app_db");
        }
        CliProcess.Result result = load(sandbox, "sandbox_copy");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(30, customers(sandbox, "sandbox_copy"));
    }

    private static CliProcess.Result load(Sandbox sandbox, String database, String... extra) throws Exception {
        String[] args = {"sample", "load", "--jdbc-url", sandbox.mariaDb().jdbcUrl(database), "--user", "root", "--scale", "30"};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliProcess.run(Map.of(), all);
    }

    private static long customers(Sandbox sandbox, String database) throws Exception {
        try (Connection connection = Databases.connect(sandbox, database); Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM Customers")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
