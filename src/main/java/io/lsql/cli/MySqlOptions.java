package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.Console;

/** Connection options shared by every command that reads MySQL. A password never goes on the command line. */
public final class MySqlOptions {

    /** The command these options belong to, for usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "MySQL JDBC URL with the database, e.g. jdbc:mysql://127.0.0.1:3306/app_db")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "USER", description = "MySQL user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the password (else a prompt when interactive, else none).")
    String passwordEnv;

    @Option(names = "--read-only", description = "Refuse every write on this connection (the server is told too); "
            + "commands that write, such as 'sample load', end with an error before sending anything.")
    boolean readOnly;

    public JdbcSource source() {
        return source(null, null);
    }

    /** The source, taking URL and user from a run's manifest when they are not given. */
    public JdbcSource source(String fallbackUrl, String fallbackUser) {
        String url = jdbcUrl != null ? jdbcUrl : fallbackUrl;
        String name = user != null ? user : fallbackUser;
        if (url == null) {
            throw new ParameterException(command.commandLine(), "--jdbc-url is required, e.g. --jdbc-url jdbc:mysql://127.0.0.1:3306/app_db.");
        }
        if (name == null) {
            throw new ParameterException(command.commandLine(), "--user is required.");
        }
        try {
            new JdbcSource(url, name, null);
        } catch (LsqlException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
        return new JdbcSource(url, name, password(name), readOnly);
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
