package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A saved MySQL connection, without its password (see {@link ProfileStore} for the opt-in secret store).
 *
 * @param tlsMode DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY (MySQL Connector/J sslMode)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MySqlProfile(String name, String host, int port, String database, String user, String tlsMode,
                           boolean savePassword) {

    public MySqlProfile {
        name = name == null || name.isBlank() ? (host + "/" + database) : name;
        tlsMode = tlsMode == null || tlsMode.isBlank() ? "PREFERRED" : tlsMode;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + (database == null ? "" : database) + "?sslMode=" + tlsMode;
    }

    public JdbcSource source(char[] password) {
        return new JdbcSource(jdbcUrl(), user, password);
    }
}
