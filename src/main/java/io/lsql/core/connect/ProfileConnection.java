package io.lsql.core.connect;

/**
 * A MySQL profile made reachable: the source to connect with, through the profile's SSH tunnel
 * when it has one (the tunnel stays open until this is closed).
 */
public record ProfileConnection(JdbcSource source, SshTunnel tunnel) implements AutoCloseable {

    public static ProfileConnection open(MySqlProfile profile, char[] password, char[] sshPassword) {
        if (!profile.usesSsh()) {
            return new ProfileConnection(profile.source(password), null);
        }
        SshTunnel tunnel = SshTunnel.open(profile.ssh(), sshPassword, profile.host(), profile.port());
        return new ProfileConnection(new JdbcSource(profile.jdbcUrl("127.0.0.1", tunnel.localPort()), profile.user(), password,
                profile.readOnly()),
                tunnel);
    }

    @Override
    public void close() {
        if (tunnel != null) {
            tunnel.close();
        }
    }
}
