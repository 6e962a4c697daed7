package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A saved MySQL connection, without its password (see {@link ProfileStore} for the opt-in secret store).
 *
 * @param tlsMode AUTO (the default: {@link TlsDefaults#effective} verifies a server that is not loopback), or
 *                DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY (MySQL Connector/J sslMode)
 * @param readOnly every write through this profile is refused, in the workbench and the CLI alike
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MySqlProfile(String name, String host, int port, String database, String user, String tlsMode,
                           boolean savePassword, SshSettings ssh, boolean readOnly) {

    public MySqlProfile {
        name = name == null || name.isBlank() ? (host + "/" + database) : name;
        tlsMode = tlsMode == null || tlsMode.isBlank() ? TlsDefaults.AUTO : tlsMode;
    }

    public MySqlProfile(String name, String host, int port, String database, String user, String tlsMode, boolean savePassword,
                        SshSettings ssh) {
        this(name, host, port, database, user, tlsMode, savePassword, ssh, false);
    }

    public MySqlProfile(String name, String host, int port, String database, String user, String tlsMode, boolean savePassword) {
        this(name, host, port, database, user, tlsMode, savePassword, null, false);
    }

    public MySqlProfile withReadOnly(boolean refuseWrites) {
        return new MySqlProfile(name, host, port, database, user, tlsMode, savePassword, ssh, refuseWrites);
    }

    /** The sslMode the connection uses: {@link #tlsMode}, or for AUTO the safe default for this host. */
    public String effectiveTlsMode() {
        return TlsDefaults.effective(tlsMode, host, usesSsh());
    }

    public String jdbcUrl() {
        return jdbcUrl(host, port);
    }

    /** The URL through a tunnel's local end. */
    public String jdbcUrl(String viaHost, int viaPort) {
        return "jdbc:mysql://" + viaHost + ":" + viaPort + "/" + (database == null ? "" : database) + "?sslMode=" + effectiveTlsMode();
    }

    public boolean usesSsh() {
        return ssh != null && ssh.enabled();
    }

    public JdbcSource source(char[] password) {
        return new JdbcSource(jdbcUrl(), user, password, readOnly);
    }
}
