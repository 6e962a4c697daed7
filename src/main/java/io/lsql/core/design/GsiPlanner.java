package io.lsql.core.design;

import io.lsql.core.schema.TableStatistics;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Index;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Turns secondary indexes into GSIs, skipping those the table key or a longer index already serves,
 * and explains every decision.
 */
final class GsiPlanner {

    static final int MAX_GSIS = 20;
    /** GSI writes cost the same WCU up to 1 KB, so projecting ALL below that costs storage only. */
    static final long SMALL_ITEM_BYTES = 1024;

    record Plan(List<GsiDesign> gsis, List<Rationale> rationale, List<DesignWarning> warnings) {
    }

    private GsiPlanner() {
    }

    static Plan plan(Table table, KeyDesign key, long itemBytes, boolean hasLargeValues, TableStatistics stats) {
        List<GsiDesign> gsis = new ArrayList<>();
        List<Rationale> rationale = new ArrayList<>();
        List<DesignWarning> warnings = new ArrayList<>();
        List<String> keyColumns = key.source() == KeySource.SYNTHETIC ? List.of() : key.columns();
        List<Index> indexes = table.indexes();
        for (Index index : indexes) {
            String subject = "index " + index.name();
            String skip = skipReason(index, keyColumns, indexes);
            if (skip != null) {
                rationale.add(new Rationale(subject, "no GSI", skip));
                continue;
            }
            if (gsis.size() == MAX_GSIS) {
                warnings.add(new DesignWarning(Severity.WARNING, "TOO_MANY_GSIS", subject, "DynamoDB allows "
                        + MAX_GSIS + " GSIs per table: index " + index.name() + " gets none; serve it with an overloaded GSI."));
                continue;
            }
            List<String> columns = index.columnNames();
            KeyPart partition = KeyParts.ofIndex(table, columns.subList(0, 1));
            KeyPart sort = columns.size() > 1 ? KeyParts.ofIndex(table, columns.subList(1, columns.size())) : null;
            List<KeyPart> derived = new ArrayList<>();
            for (KeyPart part : sort == null ? List.of(partition) : List.of(partition, sort)) {
                if (part.columns().size() == 1 && !part.isPlainColumn()) {
                    derived.add(part);
                }
            }
            boolean sparse = !derived.isEmpty() || columns.stream().anyMatch(c -> KeyParts.column(table, c).nullable());
            String projection = itemBytes <= SMALL_ITEM_BYTES && !hasLargeValues ? "ALL" : "KEYS_ONLY";
            GsiDesign gsi = new GsiDesign(DesignNames.indexName(index.name()), index.name(), partition, sort, projection,
                    List.of(), sparse, index.unique());
            gsis.add(gsi);
            rationale.add(new Rationale("GSI " + gsi.indexName(), keyText(gsi), "Serves the lookups MySQL answers with "
                    + (index.unique() ? "UNIQUE " : "") + "index " + index.name() + " " + columns + "."));
            for (KeyPart part : derived) {
                Column column = KeyParts.column(table, part.columns().get(0));
                rationale.add(new Rationale("GSI " + gsi.indexName() + " key " + part.attribute(), part.type().name(),
                        KeyParts.derivedReason(column) + "; " + column.name() + " keeps its own attribute unchanged."));
                warnings.addAll(derivedKeyWarnings(table, gsi, part, column, stats));
            }
            rationale.add(new Rationale("GSI " + gsi.indexName() + " projection", projection, "ALL".equals(projection)
                    ? "Items are small (about " + itemBytes + " bytes): a GSI write costs the same 1 WCU either way and reads need no second call."
                    : "Items are large (about " + itemBytes + " bytes" + (hasLargeValues ? ", with LOB columns" : "")
                      + "): KEYS_ONLY keeps the index cheap; fetch the full item with GetItem/BatchGetItem."));
            warnings.addAll(indexWarnings(table, index, gsi, stats));
        }
        return new Plan(gsis, rationale, warnings);
    }

    private static String skipReason(Index index, List<String> keyColumns, List<Index> all) {
        if (index.kind() == Index.IndexKind.FULLTEXT) {
            return "FULLTEXT search has no DynamoDB index: use the zero-ETL integration with OpenSearch for text search.";
        }
        if (index.kind() == Index.IndexKind.SPATIAL) {
            return "SPATIAL index: DynamoDB has no spatial index; index a geohash attribute instead.";
        }
        if (index.hasExpression()) {
            return "Functional index: write the expression's value as an attribute first, then index that attribute.";
        }
        List<String> columns = index.columnNames();
        if (isPrefix(columns, keyColumns)) {
            return "Already served by the table key " + keyColumns + ": Query on the key answers it.";
        }
        for (Index other : all) {
            if (other == index || other.kind() != Index.IndexKind.BTREE || other.hasExpression()) {
                continue;
            }
            List<String> otherColumns = other.columnNames();
            boolean longer = otherColumns.size() > columns.size() && isPrefix(columns, otherColumns);
            boolean earlierTwin = otherColumns.equals(columns) && all.indexOf(other) < all.indexOf(index);
            if ((longer || earlierTwin) && !isPrefix(otherColumns, keyColumns)) {
                return "Served by the GSI for index " + other.name() + " " + otherColumns
                        + ": a Query on its partition key answers the same lookups.";
            }
        }
        return null;
    }

    /** Counts, where the server can be asked, the rows whose value the index can't hold as a key. */
    private static List<DesignWarning> derivedKeyWarnings(Table table, GsiDesign gsi, KeyPart part, Column column,
                                                          TableStatistics stats) {
        String quoted = "`" + column.name().replace("`", "``") + "`";
        String condition = switch (io.lsql.core.mapping.ValueKind.of(column)) {
            case STRING, OTHER, JSON, SET, BINARY -> "LENGTH(" + quoted + ") = 0";
            default -> null;
        };
        if (condition == null) {
            return List.of();
        }
        OptionalLong rows = stats.rowsWhere(table, condition);
        if (rows.isEmpty() || rows.getAsLong() == 0) {
            return List.of();
        }
        return List.of(new DesignWarning(Severity.INFO, "EMPTY_INDEX_KEY", "GSI " + gsi.indexName(), rows.getAsLong()
                + " row(s) have an empty " + column.name() + ": they keep " + column.name() + " as it is, and the derived key "
                + part.attribute() + " is left out, so they are not in GSI " + gsi.indexName() + " (DynamoDB refuses empty index keys)."));
    }

    private static List<DesignWarning> indexWarnings(Table table, Index index, GsiDesign gsi, TableStatistics stats) {
        List<DesignWarning> warnings = new ArrayList<>();
        String subject = "GSI " + gsi.indexName();
        if (index.unique()) {
            warnings.add(new DesignWarning(Severity.WARNING, "UNIQUE_NOT_ENFORCED", subject, "UNIQUE " + index.columnNames()
                    + " is not enforced by DynamoDB: write a guard item (PK = '" + index.columnNames().get(0)
                    + "#<value>') with attribute_not_exists in the same TransactWriteItems as the item."));
        }
        if (gsi.sparse()) {
            warnings.add(new DesignWarning(Severity.INFO, "SPARSE_INDEX", subject, "Nullable key column(s) "
                    + index.columnNames().stream().filter(c -> KeyParts.column(table, c).nullable()).toList()
                    + ": rows with NULL are not in this GSI (a sparse index), so it holds only the rows that have a value."));
        }
        if (index.hasPrefix()) {
            warnings.add(new DesignWarning(Severity.INFO, "PREFIX_INDEX", subject, "MySQL indexes only a prefix of "
                    + index.columnNames() + "; the GSI keys on the whole value."));
        }
        Column first = KeyParts.column(table, index.columnNames().get(0));
        OptionalLong distinct = stats.distinctValues(table, List.of(first.name()));
        HotKeys.check(table, first.name(), distinct, true, subject).ifPresent(warnings::add);
        return warnings;
    }

    static boolean isPrefix(List<String> prefix, List<String> of) {
        if (prefix.isEmpty() || prefix.size() > of.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equalsIgnoreCase(of.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String keyText(GsiDesign gsi) {
        return "HASH " + gsi.partitionKey().attribute() + (gsi.sortKey() == null ? "" : ", RANGE " + gsi.sortKey().attribute());
    }
}
