package io.lsql.core.crud;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.migrate.SourceReader;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MySQL side of the CRUD pane: keyset pages on the primary key, get by key, queries on column conditions,
 * insert, update and delete, all as prepared statements whose exact SQL and bound values come back in the
 * {@link SqlResult}. Rows are mapped to their items by the migration's own reader ({@link SourceReader#map}).
 * A refused write keeps MySQL's meaning ({@link SqlError}: 1062 duplicate key); rows affected are the server's
 * count (rows matched, for an UPDATE). A read-only source refuses every write before anything is sent.
 */
public final class MySqlCrud {

    private final JdbcSource jdbc;
    private final CrudBinding binding;
    private final CrudSql sql;

    public MySqlCrud(JdbcSource jdbc, CrudBinding binding) {
        this.jdbc = jdbc;
        this.binding = binding;
        this.sql = new CrudSql(binding);
    }

    /** Whether writes are refused (a read-only profile). */
    public boolean readOnly() {
        return jdbc.readOnly();
    }

    /** {@code size} rows from {@code cursor}, ordered by the primary key (by OFFSET for views and keyless tables). */
    public SqlResult page(SqlCursor cursor, int size) {
        SqlStatement statement = sql.page(cursor, size);
        List<CrudRow> rows = read(statement);
        boolean keyset = !binding.primaryKey().isEmpty();
        SqlCursor next = rows.size() < size ? null : keyset ? new SqlCursor(keyOf(rows.get(rows.size() - 1).values()), 0)
                : new SqlCursor(null, cursor.offset() + rows.size());
        String note = keyset ? null : binding.source().describe() + " has no primary key: its rows are paged by LIMIT/OFFSET,"
                + " which reads every skipped row again and may shift if rows change in between.";
        return new SqlResult(statement, rows, 0, null, next, note);
    }

    /** The row with this key (the columns of {@link CrudBinding#rowKeyColumns()}), or no row. */
    public SqlResult get(RowValues key) {
        SqlStatement statement = sql.get(key);
        return new SqlResult(statement, read(statement), 0, null, null, null);
    }

    /** At most {@code limit} rows matching every condition, in primary key order: a page, never a whole table. */
    public SqlResult query(List<ColumnPredicate> where, int limit) {
        if (limit < 1) {
            throw new LsqlException("Give a row limit of at least 1: a query reads one page, not a whole table.");
        }
        SqlStatement statement = sql.query(where, limit);
        return new SqlResult(statement, read(statement), 0, null, null, null);
    }

    /** The row keys ({@link CrudBinding#rowKeyColumns()}) of the rows matching every condition. */
    public List<RowValues> keys(List<ColumnPredicate> where) {
        SqlStatement statement = sql.keys(where);
        List<RowValues> keys = new ArrayList<>();
        try (Connection connection = jdbc.openReadOnly(); PreparedStatement ps = prepare(connection, statement);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < binding.rowKeyColumns().size(); i++) {
                    values.put(binding.rowKeyColumns().get(i), rs.getString(i + 1));
                }
                keys.add(new RowValues(values));
            }
            return keys;
        } catch (SQLException e) {
            throw failed(statement, e);
        }
    }

    /** INSERT of the given columns; a duplicate key comes back as error 1062, nothing changed. */
    public SqlResult insert(RowValues row) {
        return write("INSERT into " + binding.source().name(), sql.insert(row));
    }

    /** UPDATE … SET the changed columns WHERE the key matches; a missing key affects 0 rows. */
    public SqlResult update(RowValues key, RowValues changes) {
        return write("UPDATE of " + binding.source().name(), sql.update(key, changes));
    }

    /** DELETE … WHERE the key matches. */
    public SqlResult delete(RowValues key) {
        return write("DELETE from " + binding.source().name(), sql.delete(key));
    }

    /** The key columns of a full row. */
    RowValues keyOf(RowValues row) {
        Map<String, String> key = new LinkedHashMap<>();
        List<String> columns = binding.primaryKey().isEmpty() ? binding.rowKeyColumns() : binding.primaryKey();
        columns.forEach(column -> key.put(column, row.get(column)));
        return new RowValues(key);
    }

    private SqlResult write(String what, SqlStatement statement) {
        jdbc.requireWritable(what);
        try (Connection connection = jdbc.open()) {
            utc(connection);
            try (PreparedStatement ps = prepare(connection, statement)) {
                return new SqlResult(statement, List.of(), ps.executeUpdate(), null, null, null);
            }
        } catch (SQLException e) {
            return new SqlResult(statement, List.of(), 0, new SqlError(e.getErrorCode(), e.getSQLState(), ErrorText.firstLine(e.getMessage())),
                    null, null);
        }
    }

    private List<CrudRow> read(SqlStatement statement) {
        List<CrudRow> rows = new ArrayList<>();
        SourceReader reader = new SourceReader(binding.source(), binding.layout());
        try (Connection connection = jdbc.openReadOnly()) {
            utc(connection);
            try (PreparedStatement ps = prepare(connection, statement); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RowValues values = values(rs);
                    SourceReader.Row row = reader.map(rs);
                    rows.add(row.ok() ? new CrudRow(values, ItemCodec.parse(new String(row.bytes(), 0, row.length(),
                            StandardCharsets.UTF_8)), null) : new CrudRow(values, null, row.reason()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed(statement, e);
        }
    }

    /** TIMESTAMP values are read and written in UTC, as the migration reads them, so a value shown is the value written back. */
    private static void utc(Connection connection) throws SQLException {
        try (Statement session = connection.createStatement()) {
            session.execute("SET SESSION time_zone = '+00:00'");
        }
    }

    private RowValues values(ResultSet rs) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        List<SourceColumn> columns = binding.layout().columns();
        for (int i = 0; i < columns.size(); i++) {
            ValueKind kind = columns.get(i).kind();
            String text;
            if (kind == ValueKind.BINARY || kind == ValueKind.BOOL_BIT) {
                byte[] bytes = rs.getBytes(i + 1);
                text = bytes == null ? null : kind == ValueKind.BINARY ? Base64.getEncoder().encodeToString(bytes)
                        : bytes.length > 0 && bytes[bytes.length - 1] != 0 ? "1" : "0";
            } else if (kind == ValueKind.DATE || kind == ValueKind.DATETIME || kind == ValueKind.TIMESTAMP || kind == ValueKind.TIME) {
                byte[] raw = rs.getBytes(i + 1);
                text = raw == null ? null : new String(raw, StandardCharsets.US_ASCII);
            } else {
                text = rs.getString(i + 1);
            }
            values.put(columns.get(i).name(), text);
        }
        return new RowValues(values);
    }

    private PreparedStatement prepare(Connection connection, SqlStatement statement) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            ps.setString(i + 1, statement.parameters().get(i));
        }
        return ps;
    }

    private LsqlException failed(SqlStatement statement, SQLException e) {
        return new LsqlException("MySQL refused " + statement.sql().split(" ")[0] + " on " + binding.source().name() + ": "
                + jdbc.scrub(ErrorText.of(e)) + ".", e);
    }
}
