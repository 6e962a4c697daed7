package io.lsql.core.sql;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.MariaDbServer;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.editor.SqlEditorViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only profile refuses writes before sending them, and the SQL editor's sessions are read-only unless asked. */
@IntegrationTest
class ReadOnlyIT {

    private static final String DB = "ro_scratch";

    @BeforeAll
    static void scratchTable(Sandbox sandbox) throws Exception {
        try (Connection c = Databases.connect(sandbox, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + DB);
            s.execute("CREATE TABLE IF NOT EXISTS " + DB + ".t (id INT PRIMARY KEY)");
            s.execute("DELETE FROM " + DB + ".t");
        }
    }

    private static MySqlProfile profile(Sandbox sandbox, boolean readOnly) {
        return new MySqlProfile("ro", "127.0.0.1", sandbox.mariaDb().port(), DB, MariaDbServer.USER, "DISABLED", false)
                .withReadOnly(readOnly);
    }

    private static long rows(Sandbox sandbox, String table) throws SQLException {
        try (Connection c = Databases.connect(sandbox, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aReadOnlyProfileRefusesAWriteInOneSentenceEvenWithWritesOn(Sandbox sandbox) throws Exception {
        JdbcSource source = profile(sandbox, true).source(new char[0]);
        LsqlException refused = assertThrows(LsqlException.class,
                () -> QuerySession.run(source, "INSERT INTO t VALUES (1)", true).close());
        assertEquals("INSERT (a write) was refused: the connection to 127.0.0.1:" + sandbox.mariaDb().port()
                + " is read-only, and nothing was sent to the server.", refused.getMessage());
        assertEquals(0, rows(sandbox, DB + ".t"));
    }

    @Test
    void aReadOnlyProfilesConnectionsAreRefusedWritesByTheServerToo(Sandbox sandbox) throws Exception {
        try (Connection c = profile(sandbox, true).source(new char[0]).open(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT @@tx_read_only")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the server's session is read-only");
            }
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO t VALUES (2)"));
        }
        assertEquals(0, rows(sandbox, DB + ".t"));
    }

    @Test
    void theEditorsSessionIsReadOnlyUntilWritesAreSwitchedOn(Sandbox sandbox) throws Exception {
        JdbcSource source = profile(sandbox, false).source(new char[0]);
        try (QuerySession session = QuerySession.run(source, "SELECT @@tx_read_only")) {
            assertEquals("1", session.fetch(1).rows().get(0)[0]);
        }
        LsqlException refused = assertThrows(LsqlException.class, () -> QuerySession.run(source, "DELETE FROM t").close());
        assertEquals("DELETE was not sent: this SQL session is read-only; switch writes on for this tab to run it.",
                refused.getMessage());
        try (QuerySession session = QuerySession.run(source, "INSERT INTO t VALUES (3)", true)) {
            assertEquals(1, session.updateCount());
        }
        assertEquals(1, rows(sandbox, DB + ".t"));
        try (QuerySession session = QuerySession.run(source, "DELETE FROM t", true)) {
            assertEquals(1, session.updateCount());
        }
    }

    @Test
    void createViewOnAReadOnlyProfileIsRefused(Sandbox sandbox, @TempDir Path home) throws Exception {
        AppState state = new AppState();
        state.mysqlProperty().set(profile(sandbox, true).source(new char[0]));
        SqlEditorViewModel vm = new SqlEditorViewModel(state, new DirectTaskRunner(), new QueryHistory(home.resolve("h.jsonl")));
        vm.createView("v_refused", "SELECT * FROM t", created -> { });
        assertTrue(vm.status.get().startsWith("Create VIEW v_refused was refused: the connection"), vm.status.get());
        assertEquals(0, rows(sandbox, "information_schema.VIEWS WHERE TABLE_NAME = 'v_refused'"));
        assertTrue(vm.connectionReadOnly.get());
    }

    @Test
    void sampleLoadOnAReadOnlyConnectionIsRefused(Sandbox sandbox) throws Exception {
        long customers = rows(sandbox, SampleDatabases.APP_DB + ".Customers");
        CliProcess.Result run = CliProcess.run(Map.of(), "sample", "load", "--jdbc-url",
                Databases.source(sandbox, SampleDatabases.APP_DB).url(), "--user", MariaDbServer.USER, "--read-only", "--scale", "3");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("lsql: Loading the sample rows was refused: the connection to 127.0.0.1:" + sandbox.mariaDb().port()
                + " is read-only, and nothing was sent to the server.", run.err().strip());
        assertEquals(customers, rows(sandbox, SampleDatabases.APP_DB + ".Customers"));
    }
}
