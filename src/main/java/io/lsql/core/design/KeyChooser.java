package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Index;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.ViewInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the table key: the primary key; else the first UNIQUE index of NOT NULL columns; for a
 * view, the key of the most detailed base table it exposes (grouped under its parent when the view
 * joins one); else a content hash, with a warning.
 */
final class KeyChooser {

    record Choice(KeyDesign key, List<Rationale> rationale, List<DesignWarning> warnings) {
    }

    private KeyChooser() {
    }

    static Choice choose(Schema schema, Table table) {
        if (!table.primaryKey().isEmpty()) {
            return fromColumns(table, table.primaryKey(), KeySource.PRIMARY_KEY, "the primary key");
        }
        if (table.isView()) {
            Optional<Choice> viewKey = fromView(schema, table);
            if (viewKey.isPresent()) {
                return viewKey.get();
            }
        } else {
            for (Index index : table.indexes()) {
                if (index.unique() && !index.hasExpression() && !index.hasPrefix()
                        && index.columnNames().stream().allMatch(c -> !KeyParts.column(table, c).nullable())) {
                    Choice choice = fromColumns(table, index.columnNames(), KeySource.UNIQUE_INDEX,
                            "the unique index " + index.name() + " (the table has no primary key)");
                    choice.warnings.add(new DesignWarning(Severity.INFO, "NO_PRIMARY_KEY", table.name(),
                            "No primary key: the key comes from UNIQUE index " + index.name() + " on NOT NULL columns."));
                    return choice;
                }
            }
        }
        return synthetic(table);
    }

    /** The user's key: validated at once (nullable columns, keys that may not identify a row). */
    static Choice fromOverride(Table table, DesignOverride override) {
        List<String> columns = new ArrayList<>(List.of(override.partitionColumn()));
        if (override.sortColumn() != null && !override.sortColumn().equals(override.partitionColumn())) {
            columns.add(override.sortColumn());
        }
        for (String column : columns) {
            if (table.column(column).isEmpty()) {
                throw new IllegalArgumentException("column " + column + " is not in " + table.name());
            }
        }
        Choice choice = fromColumns(table, columns, KeySource.USER_OVERRIDE, "your choice");
        boolean unique = (!table.primaryKey().isEmpty() && containsAll(columns, table.primaryKey()))
                || table.indexes().stream().anyMatch(i -> i.unique() && !i.hasExpression() && containsAll(columns, i.columnNames()));
        if (!unique) {
            choice.warnings.add(new DesignWarning(Severity.WARNING, "KEY_NOT_UNIQUE", String.join(", ", columns),
                    "No primary key or UNIQUE index guarantees that " + columns + " identify one row: rows sharing a key "
                            + "overwrite each other and verify will report them missing."));
        }
        return choice;
    }

    private static boolean containsAll(List<String> columns, List<String> required) {
        return required.stream().allMatch(r -> columns.stream().anyMatch(c -> c.equalsIgnoreCase(r)));
    }

    private static Choice fromColumns(Table table, List<String> columns, KeySource source, String origin) {
        List<Rationale> rationale = new ArrayList<>();
        List<DesignWarning> warnings = new ArrayList<>();
        KeyPart partition = KeyParts.of(table, columns.subList(0, 1));
        KeyPart sort = null;
        if (columns.size() == 1) {
            rationale.add(new Rationale("partition key", partition.attribute(), "The single column of " + origin
                    + ": every item is read and written by this value with GetItem/PutItem."));
        } else {
            sort = KeyParts.of(table, columns.subList(1, columns.size()));
            rationale.add(new Rationale("partition key", partition.attribute(), "First column of " + origin + " "
                    + columns + ": rows sharing it form one item collection, read together with one Query."));
            rationale.add(new Rationale("sort key", sort.attribute(), columns.size() == 2
                    ? "Second column of " + origin + ": orders the items inside the collection and allows range conditions."
                    : "Columns " + columns.subList(1, columns.size()) + " of " + origin + " joined with '#' into one string "
                    + sort.template() + "; numbers are zero-padded so string order equals the source order."));
            if (columns.size() > 2) {
                rationale.add(new Rationale("sort key encoding", sort.attribute(), "Text parts escape the separator ('#' is "
                        + "written $#, '$' is written $$), so distinct rows never share a key; numbers are fixed-width, and "
                        + "a negative number is '-' followed by the nines' complement of its digits, so -42 sorts before -5."));
                for (String name : columns.subList(1, columns.size())) {
                    Column column = KeyParts.column(table, name);
                    if (KeyParts.isSignedNumber(column)) {
                        warnings.add(new DesignWarning(Severity.INFO, "SIGNED_KEY_PART", name, "Signed column " + name
                                + " in the composite sort key: negative values are written as '-' and the nines' complement "
                                + "of their digits (e.g. -5 as -999…994) so text order equals numeric order."));
                    }
                }
            }
        }
        return new Choice(new KeyDesign(partition, sort, source), rationale, warnings);
    }

    private static Optional<Choice> fromView(Schema schema, Table view) {
        ViewInfo info = view.view();
        Optional<Choice> declared = fromKeyColumns(view);
        if (declared.isPresent() || info == null) {
            return declared;
        }
        List<Table> candidates = new ArrayList<>();
        for (String name : info.baseTables()) {
            schema.table(name).filter(t -> !t.primaryKey().isEmpty())
                    .filter(t -> t.primaryKey().stream().allMatch(pk -> viewColumn(info, t.name(), pk).isPresent()))
                    .ifPresent(candidates::add);
        }
        Optional<Table> grain = candidates.stream()
                .filter(c -> candidates.stream().noneMatch(o -> o != c && references(o, c)))
                .findFirst();
        if (grain.isEmpty()) {
            return Optional.empty();
        }
        Table base = grain.get();
        List<String> keyColumns = new ArrayList<>();
        String parent = null;
        if (base.primaryKey().size() == 1) {
            for (ForeignKey fk : base.foreignKeys()) {
                boolean parentJoined = info.baseTables().stream().anyMatch(t -> t.equalsIgnoreCase(fk.referencedTable()));
                boolean notNull = fk.columns().stream().allMatch(c -> !KeyParts.column(base, c).nullable());
                List<String> exposed = new ArrayList<>();
                for (int i = 0; i < fk.columns().size(); i++) {
                    // the view may show the parent's copy of the joined column (c.cust_id rather than o.cust_id)
                    viewColumn(info, base.name(), fk.columns().get(i)).ifPresent(exposed::add);
                    if (exposed.size() <= i) {
                        viewColumn(info, fk.referencedTable(), fk.referencedColumns().get(i)).ifPresent(exposed::add);
                    }
                }
                if (parentJoined && notNull && exposed.size() == fk.columns().size()) {
                    keyColumns.addAll(exposed);
                    parent = fk.referencedTable();
                    break;
                }
            }
        }
        base.primaryKey().forEach(c -> keyColumns.add(viewColumn(info, base.name(), c).orElseThrow()));
        String origin = parent == null
                ? "the primary key of " + base.name() + ", the most detailed table the view joins"
                : "the key of " + parent + " then of " + base.name() + " (the view's rows are " + base.name()
                  + " rows grouped by their " + parent + ": a " + parent + " -> " + base.name() + " item collection)";
        Choice choice = fromColumns(view, keyColumns, KeySource.VIEW_BASE_TABLES, origin);
        choice.rationale.add(0, new Rationale("key source", base.name(), "The view joins " + info.baseTables()
                + "; one view row per " + base.name() + " row, so its key identifies a view row."));
        return Optional.of(choice);
    }

    /** Single-table views name their keys PK/SK (or pk/sk) explicitly. */
    private static Optional<Choice> fromKeyColumns(Table view) {
        Optional<Column> pk = view.columns().stream().filter(c -> c.name().equalsIgnoreCase("pk")).findFirst();
        if (pk.isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>(List.of(pk.get().name()));
        view.columns().stream().filter(c -> c.name().equalsIgnoreCase("sk")).findFirst().ifPresent(c -> columns.add(c.name()));
        return Optional.of(fromColumns(view, columns, KeySource.VIEW_KEY_COLUMNS,
                "the view's own " + String.join("/", columns).toUpperCase(Locale.ROOT) + " columns (single-table design)"));
    }

    private static Optional<String> viewColumn(ViewInfo info, String table, String column) {
        return info.columnOrigins().entrySet().stream()
                .filter(e -> e.getValue().table().equalsIgnoreCase(table) && e.getValue().column().equalsIgnoreCase(column))
                .map(java.util.Map.Entry::getKey).findFirst();
    }

    private static boolean references(Table child, Table parent) {
        return child.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equalsIgnoreCase(parent.name()));
    }

    private static Choice synthetic(Table table) {
        KeyPart key = new KeyPart("row_id", AttributeType.S, table.columns().stream().map(Column::name).toList(), "{#rowhash}");
        List<Rationale> rationale = new ArrayList<>(List.of(new Rationale("partition key", "row_id",
                "No primary key, no unique NOT NULL index" + (table.isView() ? " and no base-table key in the view" : "")
                        + ": each item gets a hash of its values and its occurrence number among identical rows "
                        + "(<hash>#1, <hash>#2…), so identical rows stay separate items and a re-run writes the same items.")));
        List<DesignWarning> warnings = new ArrayList<>(List.of(new DesignWarning(Severity.WARNING, "SYNTHETIC_KEY", table.name(),
                (table.isView() ? "The view exposes no key of its base tables" : "The table has no primary or unique key")
                        + ": items get a content-hash key numbered among identical rows, the export reads the source "
                        + "sorted by content (one reader), and no access pattern can use the key; add a key column"
                        + (table.isView() ? " to the view." : " to the table."))));
        return new Choice(new KeyDesign(key, null, KeySource.SYNTHETIC), rationale, warnings);
    }
}
