package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import picocli.CommandLine.Option;

import java.io.Console;

/** Connection options shared by every command that reads MySQL. A password never goes on the command line. */
public final class MySqlOptions {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "MySQL JDBC URL with the database, e.g. jdbc:mysql://127.0.0.1:3306/app_db")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "MySQL user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the password (else a prompt when interactive, else none).")
    String passwordEnv;

    public JdbcSource source() {
        return source(null, null);
    }

    /** The source, taking URL and user from a run's manifest when they are not given. */
    public JdbcSource source(String fallbackUrl, String fallbackUser) {
        String url = jdbcUrl != null ? jdbcUrl : fallbackUrl;
        String name = user != null ? user : fallbackUser;
        if (url == null) {
            throw new LsqlException("--jdbc-url is required, e.g. --jdbc-url jdbc:mysql://127.0.0.1:3306/app_db.");
        }
        if (name == null) {
            throw new LsqlException("--user is required.");
        }
        new JdbcSource(url, name, null);
        return new JdbcSource(url, name, password(name));
    }

    private char[] password(String name) {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new LsqlException("Environment variable " + passwordEnv + " (from --password-env) is not set.");
            }
            return value.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("MySQL password for %s (empty for none): ", name);
            return typed == null ? new char[0] : typed;
        }
        return new char[0];
    }
}
