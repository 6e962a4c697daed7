package io.lsql.core.patterns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

/** Reads statements the server recorded: the digest summary and the general/slow log tables. */
final class ServerStatements {

    private ServerStatements() {
    }

    static boolean performanceSchemaOn(Connection connection) throws SQLException {
        return "1".equals(variable(connection, "@@performance_schema"));
    }

    /** True when the logs go to mysql.general_log / mysql.slow_log (logging may be off again since: a usual workflow). */
    static boolean logsToTable(Connection connection) throws SQLException {
        String output = variable(connection, "@@log_output");
        return output != null && output.toUpperCase(java.util.Locale.ROOT).contains("TABLE");
    }

    static void digests(Connection connection, String schema, Consumer<RawStatement> sink) throws SQLException {
        String sql = "SELECT DIGEST_TEXT, COUNT_STAR, SUM_ROWS_SENT, SUM_ROWS_EXAMINED, FIRST_SEEN, LAST_SEEN "
                + "FROM performance_schema.events_statements_summary_by_digest "
                + "WHERE SCHEMA_NAME = ? AND DIGEST_TEXT IS NOT NULL ORDER BY DIGEST";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new RawStatement(rows.getString(1), PatternSource.DIGEST, rows.getLong(2), rows.getLong(3),
                            rows.getLong(4), instant(rows.getTimestamp(5)), instant(rows.getTimestamp(6))));
                }
            }
        }
    }

    /** Query and Execute entries of mysql.general_log (it has no database column: the schema filter follows). */
    static void generalLog(Connection connection, Consumer<RawStatement> sink) throws SQLException {
        String sql = "SELECT CONVERT(argument USING utf8mb4), event_time FROM mysql.general_log "
                + "WHERE command_type IN ('Query', 'Execute')";
        try (Statement statement = streaming(connection); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                Instant time = instant(rows.getTimestamp(2));
                sink.accept(new RawStatement(rows.getString(1), PatternSource.GENERAL_LOG, 1, 0, 0, time, time));
            }
        }
    }

    static void slowLog(Connection connection, String schema, Consumer<RawStatement> sink) throws SQLException {
        String sql = "SELECT CONVERT(sql_text USING utf8mb4), start_time, rows_sent, rows_examined FROM mysql.slow_log WHERE db = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE);
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant time = instant(rows.getTimestamp(2));
                    sink.accept(new RawStatement(rows.getString(1), PatternSource.SLOW_LOG, 1, rows.getLong(3),
                            rows.getLong(4), time, time));
                }
            }
        }
    }

    private static Statement streaming(Connection connection) throws SQLException {
        Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(Integer.MIN_VALUE);
        return statement;
    }

    private static String variable(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
