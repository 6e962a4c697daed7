package io.lsql.core.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Measures tables on the live server for the design advisor. Exact counts on tables up to
 * {@value #EXACT_COUNT_ROWS} rows, index statistics above; every query has a time limit, and a
 * measurement that fails or times out is simply absent.
 */
public final class JdbcTableStatistics implements TableStatistics {

    static final long EXACT_COUNT_ROWS = 5_000_000;
    static final long LARGE_VALUE_BYTES = 64 * 1024;
    private static final int TIMEOUT_SECONDS = 20;

    private final Connection connection;
    private final Map<String, OptionalLong> cache = new ConcurrentHashMap<>();

    public JdbcTableStatistics(Connection connection) {
        this.connection = connection;
    }

    @Override
    public OptionalLong distinctValues(Table table, List<String> columns) {
        return cache.computeIfAbsent("distinct:" + table.name() + ":" + columns, k -> {
            if (!table.isView() && table.rowEstimate() > EXACT_COUNT_ROWS) {
                return indexCardinality(table, columns);
            }
            String list = columns.stream().map(JdbcTableStatistics::quote).collect(Collectors.joining(", "));
            return queryLong("SELECT COUNT(DISTINCT " + list + ") FROM " + quote(table.schema()) + "." + quote(table.name()));
        });
    }

    @Override
    public OptionalLong maxRowBytes(Table table) {
        boolean hasLargeColumns = table.columns().stream().anyMatch(c -> c.maxBytes() == null || c.maxBytes() > LARGE_VALUE_BYTES);
        if (!hasLargeColumns || table.columns().isEmpty()) {
            return OptionalLong.empty();
        }
        return cache.computeIfAbsent("maxrow:" + table.name(), k -> {
            String sum = table.columns().stream().map(c -> "COALESCE(LENGTH(" + quote(c.name()) + "), 0)")
                    .collect(Collectors.joining(" + "));
            return queryLong("SELECT MAX(" + sum + ") FROM " + quote(table.schema()) + "." + quote(table.name()));
        });
    }

    @Override
    public OptionalLong rowsWhere(Table table, String condition) {
        if (!table.isView() && table.rowEstimate() > EXACT_COUNT_ROWS) {
            return OptionalLong.empty();
        }
        return cache.computeIfAbsent("where:" + table.name() + ":" + condition, k -> queryLong("SELECT COUNT(*) FROM "
                + quote(table.schema()) + "." + quote(table.name()) + " WHERE " + condition));
    }

    private static OptionalLong indexCardinality(Table table, List<String> columns) {
        for (Index index : table.indexes()) {
            List<String> names = index.columnNames();
            if (names.size() >= columns.size() && names.subList(0, columns.size()).equals(columns)) {
                long cardinality = index.columns().get(columns.size() - 1).cardinality();
                return cardinality > 0 ? OptionalLong.of(cardinality) : OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    private OptionalLong queryLong(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = statement.executeQuery(sql)) {
                if (rs.next()) {
                    long value = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
                }
            }
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
