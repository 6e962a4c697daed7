package io.lsql.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table or view with everything the design advisor and the migration need.
 *
 * @param primaryKey primary key columns in key order; empty when there is none (always for views)
 * @param rowEstimate the server's estimate (InnoDB statistics), -1 when unknown (views)
 * @param avgRowLength average row length in bytes from the server's statistics, -1 when unknown
 * @param view the definition and its base tables, {@code null} for a base table
 */
public record Table(
        String schema,
        String name,
        TableKind kind,
        String engine,
        String comment,
        List<Column> columns,
        List<String> primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        long rowEstimate,
        long avgRowLength,
        long dataLength,
        ViewInfo view) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public boolean isView() {
        return kind == TableKind.VIEW;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The largest row the declared column types allow, in bytes (saturates at Long.MAX_VALUE). */
    public long maxDeclaredRowBytes() {
        long sum = 0;
        for (Column column : columns) {
            long bytes = column.maxBytes() == null ? 8 : column.maxBytes();
            sum = sum + bytes < 0 ? Long.MAX_VALUE : sum + bytes;
        }
        return sum;
    }
}
