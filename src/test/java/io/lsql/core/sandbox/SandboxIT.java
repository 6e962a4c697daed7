package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class SandboxIT {

    @Test
    void sharedSandboxServesMariaDbAndMotoOnLoopback(Sandbox sandbox) throws Exception {
        SandboxInfo info = sandbox.info();
        assertTrue(info.jdbcUrl().startsWith("jdbc:mysql://127.0.0.1:"));
        assertTrue(info.awsEndpoint().startsWith("http://127.0.0.1:"));
        assertTrue(ProcessHandle.of(sandbox.mariaDb().pid()).orElseThrow().isAlive());
        assertTrue(ProcessHandle.of(sandbox.moto().pid()).orElseThrow().isAlive());
        HttpResponse<String> moto = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(info.awsEndpoint() + "/moto-api/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, moto.statusCode());
        try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM Customers), (SELECT COUNT(*) FROM Products), "
                     + "(SELECT COUNT(*) FROM Reps), (SELECT COUNT(*) FROM Orders), (SELECT COUNT(*) FROM OrderLines), "
                     + "(SELECT COUNT(*) FROM Customers WHERE phone IS NULL), (SELECT COUNT(*) FROM Customers WHERE phone = '')")) {
            rs.next();
            assertEquals("10/14/6/10/20 2 null 4 empty", rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/"
                    + rs.getInt(4) + "/" + rs.getInt(5) + " " + rs.getInt(6) + " null " + rs.getInt(7) + " empty");
        }
    }

    @Test
    void stopsByPidAndKeepsMariaDbDataAcrossRestarts(@TempDir Path dir) throws Exception {
        long mariaPid;
        long motoPid;
        try (Sandbox sandbox = new Sandbox(dir)) {
            SandboxInfo info = sandbox.start(ProgressListener.NONE);
            mariaPid = sandbox.mariaDb().pid();
            motoPid = sandbox.moto().pid();
            try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), ""); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        }
        assertFalse(ProcessHandle.of(mariaPid).map(ProcessHandle::isAlive).orElse(false), "MariaDB stopped");
        assertFalse(ProcessHandle.of(motoPid).map(ProcessHandle::isAlive).orElse(false), "moto stopped");
        try (Sandbox again = new Sandbox(dir)) {
            SandboxInfo info = again.start(ProgressListener.NONE);
            try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT id FROM kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
            }
        }
    }
}
