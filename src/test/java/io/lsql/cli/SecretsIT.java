package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
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
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real, non-empty password given in every way a JDBC URL allows never reaches a file, the output or an error. */
@IntegrationTest
class SecretsIT {

    private static final String USER = "lsql_secret";
    private static final String PASSWORD = "Secr3t!Pw-42";
    private static final String TRUST = "TrustStore-Pa55";
    private static final String CLIENT = "ClientStore-Pa55";
    private static final String TOKEN = "Tok3n-Value";
    private static final List<String> SECRETS = List.of(PASSWORD, TRUST, CLIENT, TOKEN);

    @BeforeAll
    static void createUserWithPassword(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
            s.execute("GRANT SELECT, SHOW VIEW ON app_db.* TO '" + USER + "'@'127.0.0.1'");
        }
    }

    private static Map<String, String> env(Sandbox sandbox, String... extra) {
        Map<String, String> env = new HashMap<>(Map.of("AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY",
                SandboxInfo.SECRET_KEY, "AWS_REGION", Sandbox.REGION, "AWS_ENDPOINT_URL", sandbox.moto().endpoint()));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    private static String server(Sandbox sandbox) {
        return "127.0.0.1:" + sandbox.mariaDb().port();
    }

    /** The URL with the password as userinfo and as a parameter, and other secret parameters Connector/J knows. */
    private static String urlWithSecrets(Sandbox sandbox, String password) {
        return "jdbc:mysql://" + USER + ":" + password + "@" + server(sandbox) + "/app_db?sslMode=DISABLED&password=" + password
                + "&trustCertificateKeyStorePassword=" + TRUST + "&clientCertificateKeyStorePassword=" + CLIENT + "&token=" + TOKEN;
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " holds a secret: " + text);
        }
    }

    @Test
    void aMigrationThroughAUrlWithSecretsWritesAndPrintsNone(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path stage = dir.resolve("stage");
        CliProcess.Result run = CliProcess.run(env(sandbox), "migrate", "--jdbc-url", urlWithSecrets(sandbox, PASSWORD),
                "--user", USER, "--table", "Customers", "--target-table", "secret_customers", "--stage", stage.toString(),
                "--load", "batch", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(new ObjectMapper().readTree(run.out()).get("verify").get("equal").asBoolean(), run.out());
        assertNoSecret("stdout", run.out());
        assertNoSecret("stderr", run.err());
        String manifest = Files.readString(stage.resolve("manifest.json"));
        assertEquals("jdbc:mysql://" + server(sandbox) + "/app_db?sslMode=DISABLED",
                new ObjectMapper().readTree(manifest).get("jdbcUrl").asText());
        try (Stream<Path> files = Files.walk(stage)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz")).toList()) {
                assertNoSecret(stage.relativize(file).toString(), Files.readString(file));
            }
        }

        // the manifest keeps no password: a resumed run takes it from --password-env
        String runId = new ObjectMapper().readTree(manifest).get("runId").asText();
        CliProcess.Result resumed = CliProcess.run(env(sandbox, "PW", PASSWORD), "migrate", "--resume", runId,
                "--stage", stage.toString(), "--password-env", "PW");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertNoSecret("stdout", resumed.out());
        assertNoSecret("stderr", resumed.err());
    }

    @Test
    void aWrongPasswordInTheUrlIsNamedWithoutTheSecretEvenWithVerbose(Sandbox sandbox, @TempDir Path dir) throws Exception {
        String wrong = TOKEN + "-wrong";
        CliProcess.Result run = CliProcess.run(env(sandbox), "export", "--verbose", "--jdbc-url", urlWithSecrets(sandbox, wrong),
                "--user", USER, "--table", "Customers", "--stage", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("lsql: MySQL at " + server(sandbox) + " rejected user '" + USER + "'"), run.err());
        assertNoSecret("stderr with the trace", run.err());
        assertNoSecret("stdout", run.out());
    }

    @Test
    void aDriverMessageThatQuotesTheUrlIsScrubbed(Sandbox sandbox, @TempDir Path dir) throws Exception {
        // Connector/J reports this malformed host with its text, password included
        String url = "jdbc:mysql://" + USER + ":" + PASSWORD + "@(host=127.0.0.1,port=" + sandbox.mariaDb().port()
                + ",password=" + PASSWORD + "/app_db";
        JdbcSource source = new JdbcSource(url, USER, TOKEN.toCharArray());
        LsqlException e = assertThrows(LsqlException.class, source::open);
        assertTrue(e.getMessage().startsWith("Cannot reach MySQL at "), e.getMessage());
        assertNoSecret("the exception message", e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());

        CliProcess.Result run = CliProcess.run(env(sandbox), "export", "--verbose", "--jdbc-url", url, "--user", USER,
                "--table", "Customers", "--stage", dir.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("password=***"), "the trace is kept, masked: " + run.err());
        assertNoSecret("stderr with the trace", run.err());
    }
}
