package io.lsql.core.connect;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.lsql.core.LsqlException;

/**
 * A local port forwarded through an SSH bastion to the MySQL host, for databases that are not
 * reachable directly. Host keys are accepted on first use and remembered in ~/.lsql/known_hosts.
 */
public final class SshTunnel implements AutoCloseable {

    private final Session session;
    private final int localPort;

    private SshTunnel(Session session, int localPort) {
        this.session = session;
        this.localPort = localPort;
    }

    public static SshTunnel open(SshSettings ssh, char[] password, String targetHost, int targetPort) {
        JSch jsch = new JSch();
        try {
            java.nio.file.Path known = knownHosts();
            java.nio.file.Files.createDirectories(known.getParent());
            if (!java.nio.file.Files.exists(known)) {
                java.nio.file.Files.createFile(known);
            }
            jsch.setKnownHosts(known.toString());
            if (ssh.keyFile() != null && !ssh.keyFile().isBlank()) {
                jsch.addIdentity(ssh.keyFile());
            }
            Session session = jsch.getSession(ssh.user(), ssh.host(), ssh.port() <= 0 ? 22 : ssh.port());
            if (password != null && password.length > 0) {
                session.setPassword(new String(password));
            }
            session.setConfig("StrictHostKeyChecking", "accept-new");
            session.connect(15_000);
            int local = session.setPortForwardingL("127.0.0.1", 0, targetHost, targetPort);
            return new SshTunnel(session, local);
        } catch (JSchException e) {
            throw new LsqlException("SSH tunnel through " + ssh.user() + "@" + ssh.host() + ":" + (ssh.port() <= 0 ? 22 : ssh.port())
                    + " failed: " + reason(e) + ".", e);
        } catch (java.io.IOException e) {
            throw new LsqlException("Cannot prepare ~/.lsql/known_hosts for SSH: " + e.getMessage(), e);
        }
    }

    /** ~/.lsql/known_hosts, or the file named by the system property lsql.knownHosts (tests). */
    static java.nio.file.Path knownHosts() {
        String configured = System.getProperty("lsql.knownHosts");
        return configured != null ? java.nio.file.Path.of(configured)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".lsql", "known_hosts");
    }

    private static String reason(JSchException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Auth fail") || message.contains("Auth cancel")) {
            return "the bastion rejected the user's key or password";
        }
        if (e.getCause() instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e.getCause() instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return message;
    }

    /** The local port that leads to MySQL. */
    public int localPort() {
        return localPort;
    }

    public boolean isOpen() {
        return session.isConnected();
    }

    @Override
    public void close() {
        session.disconnect();
    }
}
