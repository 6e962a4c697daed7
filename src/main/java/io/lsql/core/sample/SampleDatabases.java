package io.lsql.core.sample;

import io.lsql.core.LsqlException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;

/** The sample databases shipped in sample-schema/: app_db (the workshop schema) and types_demo. */
public final class SampleDatabases {

    public static final String APP_DB = "app_db";
    public static final String TYPES_DEMO = "types_demo";
    /**
     * The schema comment that marks a database the sandbox (or a test) created from sample-schema/:
     * only such a database may have its rows replaced without {@code --force}. A comment travels with
     * the database and disappears when someone else drops and recreates it, unlike a name such as app_db.
     */
    static final String MARKER = "lsql sandbox sample database";

    private static final List<String> APP_DB_FILES = List.of("app_db/schema.sql", "app_db/data.sql", "app_db/views.sql");
    private static final List<String> TYPES_DEMO_FILES = List.of("types_demo/schema.sql", "types_demo/data.sql");

    private SampleDatabases() {
    }

    /**
     * Creates and fills each sample database that does not exist yet on the sandbox's server, and marks
     * those that do (a sandbox directory from an earlier version has them unmarked).
     */
    public static void loadMissing(Connection connection) throws SQLException {
        for (String database : List.of(APP_DB, TYPES_DEMO)) {
            if (!exists(connection, database)) {
                load(connection, database, APP_DB.equals(database) ? APP_DB_FILES : TYPES_DEMO_FILES);
            } else if (!isSandboxSample(connection, database)) {
                mark(connection, database);
            }
        }
    }

    /** True when {@code database} was created by the sandbox from sample-schema/ (its schema comment says so). */
    public static boolean isSandboxSample(Connection connection, String database) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT SCHEMA_COMMENT FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && MARKER.equals(rs.getString(1));
            }
        } catch (SQLSyntaxErrorException e) {
            // MySQL has no schema comments, and the sandbox is always MariaDB
            return false;
        }
    }

    /**
     * Refuses to let {@code lsql sample load} delete the rows of a database the sandbox did not create,
     * so a production database can't be emptied by a wrong --jdbc-url.
     */
    public static void checkReplaceable(Connection connection, String database) throws SQLException {
        if (database == null || database.isEmpty() || !isSandboxSample(connection, database)) {
            throw new LsqlException("Database '" + (database == null ? "" : database) + "' was not created by the lsql sandbox and "
                    + "lsql sample load would delete all its rows, so point --jdbc-url at the sandbox's app_db, or add --force "
                    + "to replace its rows anyway.");
        }
    }

    private static void mark(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE `" + database + "` COMMENT '" + MARKER + "'");
        }
    }

    /** Drops and recreates {@code database} from the given sample-schema files. */
    private static void load(Connection connection, String database, List<String> files) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COMMENT '" + MARKER + "'");
        }
        connection.setCatalog(database);
        // a statement remembers the database current at its creation, so create it after the switch
        try (Statement statement = connection.createStatement()) {
            // literals must share the tables' collation, or UNION views fail with "Illegal mix of collations"
            statement.execute("SET collation_connection = @@collation_database");
            for (String file : files) {
                for (String sql : SqlScript.split(resource(file))) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new LsqlException("Sample file " + file + " failed: " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /** Drops and recreates {@code database} with the app_db schema, data and views. */
    public static void loadAppDb(Connection connection, String database) throws SQLException {
        load(connection, database, APP_DB_FILES);
    }

    /** Drops and recreates {@code database} with the types_demo tables and edge values. */
    public static void loadTypesDemo(Connection connection, String database) throws SQLException {
        load(connection, database, TYPES_DEMO_FILES);
    }

    static boolean exists(Connection connection, String database) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getCatalogs()) {
            while (rs.next()) {
                if (database.equalsIgnoreCase(rs.getString(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads a file of sample-schema/ from the classpath (the build copies the folder into the jar). */
    public static String resource(String relativePath) {
        String name = "/sample-schema/" + relativePath;
        try (InputStream in = SampleDatabases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LsqlException("The sample file " + name + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LsqlException("Could not read the sample file " + name + ": " + e.getMessage(), e);
        }
    }
}
