package io.lsql.core.sql;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement run from the editor. Results are streamed: {@link #fetch} reads the next page from
 * the open result set, so the first rows show at once and more are read only when asked for (up to
 * a cap). {@link #cancel} stops a running statement on the server. Not thread-safe except cancel.
 */
public final class QuerySession implements AutoCloseable {

    /** A value of a result cell: {@code null} for SQL NULL, distinct from "". */
    public record Page(List<String[]> rows, boolean more) {
    }

    private final Connection connection;
    private final Statement statement;
    private final JdbcSource source;
    private final boolean writes;
    private final long started = System.nanoTime();
    private ResultSet rs;
    private List<String> columns = List.of();
    private long updateCount = -1;
    private long rowsRead;
    private boolean exhausted;
    private volatile boolean cancelled;

    private QuerySession(Connection connection, Statement statement, JdbcSource source, boolean writes) {
        this.connection = connection;
        this.statement = statement;
        this.source = source;
        this.writes = writes;
    }

    /** Opens a read-only session for one statement; {@link #execute} runs it, {@link #cancel} may stop it from another thread. */
    public static QuerySession open(JdbcSource source) {
        return open(source, false);
    }

    /**
     * Opens a session for one statement: read-only ({@code SET SESSION TRANSACTION READ ONLY}) unless
     * {@code writes} is asked for and the source is not read-only.
     */
    public static QuerySession open(JdbcSource source, boolean writes) {
        boolean writable = writes && !source.readOnly();
        Connection connection = writable ? source.open() : source.openReadOnly();
        try {
            Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(Integer.MIN_VALUE);
            return new QuerySession(connection, statement, source, writable);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // failing already
            }
            throw new LsqlException("Could not prepare the statement: " + e.getMessage(), e);
        }
    }

    /** Opens a read-only session and runs {@code sql} in it. */
    public static QuerySession run(JdbcSource source, String sql) {
        return run(source, sql, false);
    }

    /** Opens a session (see {@link #open(JdbcSource, boolean)}) and runs {@code sql} in it. */
    public static QuerySession run(JdbcSource source, String sql, boolean writes) {
        QuerySession session = open(source, writes);
        try {
            session.execute(sql);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Whether statements that write may run in this session. */
    public boolean writes() {
        return writes;
    }

    /** A write in a read-only session is refused here, before it is sent, in one sentence. */
    private void refuseWrite(String sql) {
        if (writes || !SqlWrites.writes(sql)) {
            return;
        }
        String verb = SqlWrites.verb(sql);
        source.requireWritable(verb + " (a write)");
        throw new LsqlException(verb + " was not sent: this SQL session is read-only; switch writes on for this tab to run it.");
    }

    /**
     * Runs {@code sql}; a failure is an {@link SqlFailure} carrying the server's message and, when
     * it names one, the position in the statement.
     */
    public void execute(String sql) {
        refuseWrite(sql);
        try {
            if (statement.execute(sql)) {
                rs = statement.getResultSet();
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i));
                }
                columns = names;
            } else {
                updateCount = statement.getUpdateCount();
                exhausted = true;
            }
        } catch (SQLException e) {
            close();
            if (cancelled || "70100".equals(e.getSQLState())) {
                throw new java.util.concurrent.CancellationException("The statement was cancelled.");
            }
            throw SqlFailure.of(sql, e);
        }
    }

    public List<String> columns() {
        return columns;
    }

    /** Rows affected for statements without a result, else -1. */
    public long updateCount() {
        return updateCount;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Reads up to {@code max} more rows; cells are the server's text ({@code null} for NULL; BLOBs as hex). */
    public Page fetch(int max) {
        List<String[]> rows = new ArrayList<>();
        if (exhausted) {
            return new Page(rows, false);
        }
        try {
            int width = columns.size();
            ResultSetMetaData meta = rs.getMetaData();
            while (rows.size() < max) {
                if (!rs.next()) {
                    exhausted = true;
                    break;
                }
                String[] row = new String[width];
                for (int i = 0; i < width; i++) {
                    row[i] = cell(meta, i + 1);
                }
                rows.add(row);
                rowsRead++;
            }
        } catch (SQLException e) {
            exhausted = true;
            if (cancelled) {
                throw new java.util.concurrent.CancellationException("The statement was cancelled.");
            }
            throw new LsqlException("Reading the result failed: " + e.getMessage(), e);
        }
        if (exhausted) {
            close();
        }
        return new Page(rows, !exhausted);
    }

    private String cell(ResultSetMetaData meta, int index) throws SQLException {
        int type = meta.getColumnType(index);
        if (type == java.sql.Types.BINARY || type == java.sql.Types.VARBINARY || type == java.sql.Types.LONGVARBINARY
                || type == java.sql.Types.BLOB) {
            byte[] bytes = rs.getBytes(index);
            return bytes == null ? null : "0x" + java.util.HexFormat.of().formatHex(bytes).toUpperCase();
        }
        return rs.getString(index);
    }

    /** Cancels the running statement on the server (KILL QUERY), from any thread. */
    public void cancel() {
        cancelled = true;
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // the statement may have finished already
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a streaming result drains it; nothing to save
        }
    }
}
