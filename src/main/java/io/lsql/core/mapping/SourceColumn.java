package io.lsql.core.mapping;

import io.lsql.core.schema.Column;

/** A column of a migration source with the way its values are read and mapped. */
public record SourceColumn(Column column, ValueKind kind, ColumnMapping mapping) {

    public static SourceColumn of(Column column) {
        return new SourceColumn(column, ValueKind.of(column), TypeMapping.forColumn(column));
    }

    /** The same column under another name (a query alias). */
    public SourceColumn withName(String name) {
        Column c = column;
        return of(new Column(name, c.position(), c.dataType(), c.columnType(), c.charLength(), c.maxBytes(), c.precision(),
                c.scale(), c.datetimePrecision(), c.unsigned(), c.nullable(), c.defaultValue(), c.generation(),
                c.autoIncrement(), c.charset(), c.enumValues()));
    }

    public String name() {
        return column.name();
    }
}
