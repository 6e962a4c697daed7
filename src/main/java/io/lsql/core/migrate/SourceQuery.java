package io.lsql.core.migrate;

import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.SourceColumn;

import java.util.stream.Collectors;

/**
 * The one SELECT that reads a source for export, verify and the item preview, so all three map
 * exactly the same rows: every column by its reading expression, a chunk's key range, and for
 * sources keyed by content hash an order by content, so identical rows arrive together and are
 * numbered the same way on every read.
 */
public final class SourceQuery {

    private SourceQuery() {
    }

    public static String select(MigrationSource from, ItemLayout layout, Chunk chunk, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns(layout)).append(" FROM ").append(from.from());
        if (chunk != null) {
            sql.append(chunk.where());
        }
        if (layout.partitionKey().isRowHash()) {
            sql.append(" ORDER BY ").append(contentOrder(layout));
        }
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        return sql.toString();
    }

    /** The select list that reads every column of {@code layout} exactly (by {@link io.lsql.core.mapping.ValueKind#selectExpression}). */
    public static String columns(ItemLayout layout) {
        return layout.columns().stream().map(c -> c.kind().selectExpression(MigrationSource.quote(c.name())))
                .collect(Collectors.joining(", "));
    }

    /** A digest of every stored value, hex-encoded so no two rows' texts can run together. */
    private static String contentOrder(ItemLayout layout) {
        return "MD5(CONCAT_WS(',', " + layout.columns().stream().map(SourceQuery::valueText)
                .collect(Collectors.joining(", ")) + "))";
    }

    private static String valueText(SourceColumn column) {
        String quoted = MigrationSource.quote(column.name());
        String hex = switch (column.kind()) {
            case BINARY, GEOMETRY -> "HEX(" + quoted + ")";
            default -> "HEX(CAST(" + quoted + " AS CHAR))";
        };
        return "COALESCE(" + hex + ", 'N')";
    }
}
