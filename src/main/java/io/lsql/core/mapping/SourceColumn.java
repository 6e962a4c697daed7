package io.lsql.core.mapping;

import io.lsql.core.schema.Column;

/** A column of a migration source with the way its values are read and mapped. */
public record SourceColumn(Column column, ValueKind kind, ColumnMapping mapping) {

    public static SourceColumn of(Column column) {
        return new SourceColumn(column, ValueKind.of(column), TypeMapping.forColumn(column));
    }

    public String name() {
        return column.name();
    }
}
