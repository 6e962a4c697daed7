package io.lsql.core.schema;

import java.util.List;

/** A foreign key from {@code table(columns)} to {@code referencedTable(referencedColumns)}, multi-column aware. */
public record ForeignKey(
        String name,
        String table,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        String onUpdate,
        String onDelete) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
