package io.lsql.core.schema;

import java.util.List;

/** A secondary index (the primary key is {@link Table#primaryKey()}). */
public record Index(String name, boolean unique, IndexKind kind, List<IndexColumn> columns) {

    public Index {
        columns = List.copyOf(columns);
    }

    public enum IndexKind { BTREE, HASH, FULLTEXT, SPATIAL }

    public List<String> columnNames() {
        return columns.stream().map(IndexColumn::column).toList();
    }

    public boolean hasExpression() {
        return columns.stream().anyMatch(c -> c.column() == null);
    }

    public boolean hasPrefix() {
        return columns.stream().anyMatch(c -> c.prefixLength() != null);
    }
}
