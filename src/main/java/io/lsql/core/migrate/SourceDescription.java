package io.lsql.core.migrate;

import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.schema.Table;

import java.util.List;

/**
 * The columns of a source and, for tables and views, their schema entry and suggested design.
 *
 * @param table {@code null} for a query
 * @param design {@code null} for a query
 */
public record SourceDescription(MigrationSource source, List<SourceColumn> columns, Table table, TableDesign design) {

    public SourceDescription {
        columns = List.copyOf(columns);
    }
}
