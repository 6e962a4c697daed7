package io.lsql.core.connect;

import io.lsql.core.LsqlException;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.connect.ConnectionsViewModel;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MySQL behind a bastion: a real SSH server (Apache MINA SSHD) on 127.0.0.1 forwarding to the sandbox's MariaDB. */
@IntegrationTest
class SshTunnelIT {

    private static SshServer bastion;

    @BeforeAll
    static void startBastion() throws Exception {
        System.setProperty("lsql.knownHosts", Files.createTempDirectory("known").resolve("known_hosts").toString());
        bastion = SshServer.setUpDefaultServer();
        bastion.setHost("127.0.0.1");
        bastion.setPort(0);
        bastion.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(Files.createTempDirectory("bastion").resolve("host.ser")));
        bastion.setPasswordAuthenticator((user, password, session) -> "jump".equals(user) && "bastion-pw".equals(password));
        bastion.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        bastion.start();
    }

    @AfterAll
    static void stopBastion() throws Exception {
        bastion.stop(true);
    }

    private static int mariaDbPort(Sandbox sandbox) {
        return URI.create(sandbox.info().jdbcUrl().substring("jdbc:".length())).getPort();
    }

    @Test
    void mysqlIsReachedThroughTheTunnel(Sandbox sandbox) throws Exception {
        SshSettings ssh = new SshSettings("127.0.0.1", bastion.getPort(), "jump", null);
        try (SshTunnel tunnel = SshTunnel.open(ssh, "bastion-pw".toCharArray(), "127.0.0.1", mariaDbPort(sandbox))) {
            JdbcSource source = new JdbcSource("jdbc:mysql://127.0.0.1:" + tunnel.localPort() + "/app_db?sslMode=DISABLED", "root", new char[0]);
            try (Connection c = source.open(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM Customers")) {
                rs.next();
                assertEquals(10, rs.getInt(1));
            }
        }
        LsqlException wrong = assertThrows(LsqlException.class, () -> SshTunnel.open(ssh, "nope".toCharArray(), "127.0.0.1", 3306));
        assertEquals("SSH tunnel through jump@127.0.0.1:" + bastion.getPort() + " failed: the bastion rejected the user's key or password.",
                wrong.getMessage());
    }

    @Test
    void theConnectionsPaneTestsAndConnectsThroughABastion(Sandbox sandbox, @TempDir Path home) {
        AppState state = new AppState();
        ConnectionsViewModel vm = new ConnectionsViewModel(state, new DirectTaskRunner(), new ProfileBook(new ProfileStore(home)),
                new ConnectionSession());
        vm.mysql.host.set("127.0.0.1");
        vm.mysql.port.set(Integer.toString(mariaDbPort(sandbox)));
        vm.mysql.database.set("app_db");
        vm.mysql.user.set("root");
        vm.mysql.tlsMode.set("DISABLED");
        vm.mysql.sshHost.set("127.0.0.1");
        vm.mysql.sshPort.set(Integer.toString(bastion.getPort()));
        vm.mysql.sshUser.set("jump");
        vm.mysql.sshPassword.set("bastion-pw");
        vm.testMySql();
        assertTrue(vm.mysql.result.get().startsWith("Connected: 11.4"), vm.mysql.result.get());
        vm.connect();
        assertTrue(state.mysqlStatusProperty().get().endsWith("via SSH 127.0.0.1"), state.mysqlStatusProperty().get());
        assertTrue(state.mysqlProperty().get().url().startsWith("jdbc:mysql://127.0.0.1:"));
        vm.shutdown();
    }
}
