package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A saved MySQL connection, without its password (see {@link ProfileStore} for the opt-in secret store).
 *
 * @param tlsMode DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY (MySQL Connector/J sslMode)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MySqlProfile(String name, String host, int port, String database, String user, String tlsMode,
                           boolean savePassword, SshSettings ssh) {

    public MySqlProfile {
        name = name == null || name.isBlank() ? (host + "/" + database) : name;
        tlsMode = tlsMode == null || tlsMode.isBlank() ? "PREFERRED" : tlsMode;
    }

    public MySqlProfile(String name, String host, int port, String database, String user, String tlsMode, boolean savePassword) {
        this(name, host, port, database, user, tlsMode, savePassword, null);
    }

    public String jdbcUrl() {
        return jdbcUrl(host, port);
    }

    /** The URL through a tunnel's local end. */
    public String jdbcUrl(String viaHost, int viaPort) {
        return "jdbc:mysql://" + viaHost + ":" + viaPort + "/" + (database == null ? "" : database) + "?sslMode=" + tlsMode;
    }

    public boolean usesSsh() {
        return ssh != null && ssh.enabled();
    }

    public JdbcSource source(char[] password) {
        return new JdbcSource(jdbcUrl(), user, password);
    }
}
