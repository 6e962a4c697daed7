package io.lsql.core.schema;

import java.util.List;
import java.util.Map;

/**
 * What a view is made of.
 *
 * @param baseTables tables (and views) the definition reads, in order of first mention
 * @param columnOrigins view column -> {@code table.column} it selects unchanged, for plain column references
 */
public record ViewInfo(String definition, boolean updatable, List<String> baseTables, Map<String, ColumnRef> columnOrigins) {

    public ViewInfo {
        baseTables = List.copyOf(baseTables);
        columnOrigins = Map.copyOf(columnOrigins);
    }

    public record ColumnRef(String table, String column) {
    }
}
