package io.lsql.core.proposal;

import io.lsql.core.cost.Prices;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.StatementKind;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The families that change only GSIs: sparse GSIs on nullable lookup columns, and exactly the GSIs patterns use. */
final class IndexDesigns {

    /** A nullable column with at least this share of NULLs is low-density: a GSI on it is sparse. */
    static final double SPARSE_NULLS = 0.3;

    private IndexDesigns() {
    }

    static Optional<List<Target>> sparse(Schema schema, List<Target> baseline, List<AccessPattern> patterns, DataProfile profile,
                                         List<String> notes) {
        List<Target> targets = new ArrayList<>(baseline);
        boolean changed = false;
        for (AccessPattern pattern : patterns) {
            for (String qualified : pattern.shape().equalityColumns()) {
                Optional<Column> column = column(schema, qualified);
                String table = qualified.substring(0, qualified.indexOf('.'));
                double nulls = profile.table(table).flatMap(t -> t.column(ReadPlanner.column(qualified)))
                        .map(ColumnProfile::nullFraction).orElse(0.0);
                if (column.isPresent() && column.get().nullable() && nulls >= SPARSE_NULLS && keyable(column.get())) {
                    changed |= addGsi(schema, targets, table, column.get().name(), null, "sparse", notes);
                }
            }
        }
        return changed ? Optional.of(targets) : Optional.empty();
    }

    static Optional<List<Target>> patternGsis(Schema schema, List<Target> baseline, List<AccessPattern> patterns,
                                              DataProfile profile, Prices prices, List<String> notes) {
        PatternPlanner planner = new PatternPlanner(baseline, profile, prices);
        List<PlannedOperation> operations = patterns.stream().map(planner::plan).toList();
        Set<String> used = new HashSet<>();
        operations.stream().filter(o -> o.index() != null).forEach(o -> used.add(o.table() + "|" + o.index()));
        List<Target> targets = new ArrayList<>();
        for (Target target : baseline) {
            List<Index> kept = target.indexes().stream().filter(i -> used.contains(target.table() + "|" + i.name())).toList();
            target.indexes().stream().filter(i -> !kept.contains(i))
                    .forEach(i -> notes.add("GSI " + i.name() + " of " + target.table() + " is dropped: no pattern reads it."));
            targets.add(TargetEdits.pruned(target.withIndexes(kept)));
        }
        for (int i = 0; i < patterns.size(); i++) {
            AccessPattern pattern = patterns.get(i);
            OperationKind kind = operations.get(i).kind();
            if (pattern.shape().kind() == StatementKind.SELECT && pattern.shape().tables().size() == 1
                    && (kind == OperationKind.SCAN || kind == OperationKind.QUERY_FILTER)) {
                lookupGsi(schema, targets, pattern, profile, notes);
            }
        }
        return Optional.of(targets);
    }

    /** A GSI on the pattern's most selective equality column, sorted by its range or ORDER BY column. */
    private static void lookupGsi(Schema schema, List<Target> targets, AccessPattern pattern, DataProfile profile,
                                  List<String> notes) {
        String table = pattern.shape().tables().get(0);
        Optional<String> partition = pattern.shape().equalityColumns().stream()
                .filter(c -> column(schema, c).filter(IndexDesigns::keyable).isPresent())
                .max(Comparator.comparingLong(c -> profile.table(table).flatMap(t -> t.column(ReadPlanner.column(c)))
                        .map(ColumnProfile::distinct).orElse(0L)));
        if (partition.isEmpty()) {
            return;
        }
        String sort = pattern.shape().range() != null ? pattern.shape().range().column()
                : pattern.shape().orderBy().stream().map(OrderTerm::column).findFirst().orElse(null);
        Optional<Column> sortColumn = sort == null || sort.equals(partition.get()) ? Optional.empty()
                : column(schema, sort).filter(IndexDesigns::keyable);
        addGsi(schema, targets, table, column(schema, partition.get()).orElseThrow().name(),
                sortColumn.map(Column::name).orElse(null), "by", notes);
    }

    /** Adds GSI {@code <table>_<word>_<column>} unless the table's target already has one on that key. */
    private static boolean addGsi(Schema schema, List<Target> targets, String tableName, String partition, String sort,
                                  String word, List<String> notes) {
        Table table = schema.table(tableName).orElseThrow();
        Optional<Target> found = CollectionDesigns.find(targets, table.name());
        if (found.isEmpty() || found.get().singleTable()) {
            return false;
        }
        Target target = found.get();
        KeyAttribute pk = TargetEdits.attributeOf(table, partition);
        KeyAttribute sk = sort == null ? null : TargetEdits.attributeOf(table, sort);
        if (target.partitionKey().equals(pk) || target.indexes().stream().anyMatch(i -> i.partitionKey().equals(pk)
                && (sk == null || sk.equals(i.sortKey())))) {
            return false;
        }
        List<Index> indexes = new ArrayList<>(target.indexes());
        indexes.add(TargetEdits.gsi(table.name() + "_" + word + "_" + partition, pk, sk));
        targets.set(targets.indexOf(target), target.withIndexes(indexes));
        notes.add("GSI " + indexes.get(indexes.size() - 1).name() + " on " + partition + (sk == null ? "" : ", sorted by " + sort)
                + " serves a lookup MySQL had no index for.");
        return true;
    }

    private static Optional<Column> column(Schema schema, String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? Optional.empty() : schema.table(qualified.substring(0, dot)).flatMap(t -> t.column(qualified.substring(dot + 1)));
    }

    /** A column whose attribute is written with the type a key declares (S, N or B), so a GSI can be keyed on it. */
    static boolean keyable(Column column) {
        return TypeMapping.forColumn(column).type() == TypeMapping.keyType(column);
    }
}
