package io.lsql.core.proposal;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.RangeCondition;
import io.lsql.core.plan.TargetSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the read of one table of a pattern on a candidate: tries the table key and every GSI holding the table's
 * items and keeps the cheapest; Scan when no key fits.
 */
final class ReadPlanner {

    /** The share of rows a range or an unrecognised predicate is assumed to keep. */
    static final double RANGE_SELECTIVITY = 1.0 / 3;

    private ReadPlanner() {
    }

    static ReadPlan best(AccessPaths paths, AccessPaths.Placement placement, TableRead read) {
        List<AccessPaths.KeyPath> keyPaths = paths.paths(placement);
        List<ReadPlan> plans = new ArrayList<>();
        for (AccessPaths.KeyPath path : keyPaths) {
            viaPath(path, read).ifPresent(plans::add);
        }
        return plans.stream().min(Comparator.comparingInt(ReadPlan::rank)
                .thenComparing(p -> !p.orderServed())
                .thenComparingDouble(ReadPlan::readUnits)).orElseGet(() -> scan(paths, placement, read));
    }

    private static Optional<ReadPlan> viaPath(AccessPaths.KeyPath path, TableRead read) {
        List<SourceColumn> columns = path.placement().profile().columns();
        List<String> partition = AccessPaths.columnNames(path.partitionTemplate(), columns);
        if (partition.isEmpty() || !read.equalities().containsAll(partition)) {
            return Optional.empty();
        }
        Set<String> used = new HashSet<>(partition);
        List<KeyCondition> conditions = new ArrayList<>();
        conditions.add(new KeyCondition(path.partitionKey().name(), KeyCondition.Operator.EQ, qualify(read, partition),
                path.partitionTemplate().template()));
        SortUse sort = sortCondition(path, read, columns, used);
        sort.condition().ifPresent(conditions::add);
        boolean single = sort.full() && path.shards() == 1 && path.onTable();
        boolean orderServed = single || orderServed(read, used, sort.next());
        boolean forward = single || firstOpenOrder(read, used, sort.next()).map(t -> t.direction() == OrderTerm.Direction.ASC)
                .orElse(true);
        List<String> filters = filters(read, used, sort.rangeUsed());
        boolean filtered = !filters.isEmpty() || !read.other().isEmpty();
        OperationKind kind = single && path.onTable() && !filtered ? OperationKind.GET_ITEM
                : filtered ? OperationKind.QUERY_FILTER : path.shards() > 1 ? OperationKind.MULTI_REQUEST : OperationKind.QUERY;
        Estimate estimate = estimate(path.placement().profile(), read, used, sort.rangeUsed(), filters, kind, orderServed);
        long size = Math.max(1, path.placement().profile().itemBytesP50());
        double units = kind == OperationKind.GET_ITEM ? 0.5 * ItemSize.readUnits(size)
                : readUnits(estimate.read(), size, path.shards());
        String where = path.onTable() ? "table " + path.placement().target().table() : "GSI " + path.index();
        String explanation = (kind == OperationKind.GET_ITEM ? "GetItem: the whole key of " : "Query on ") + where + ": "
                + path.partitionKey().name() + " is built from " + String.join(", ", partition)
                + (path.shards() > 1 ? ", gathered over " + path.shards() + " shards" : "")
                + (filtered ? ", then filtered on " + String.join(", ", filters.isEmpty() ? read.other() : filters) : "") + ".";
        return Optional.of(new ReadPlan(path, path.placement(), kind, conditions, filters, read.other(), forward, orderServed,
                path.shards(), estimate.read(), estimate.returned(), units, explanation));
    }

    /** How the sort key is used: its condition, whether every column of it is bound, the first unbound column. */
    private record SortUse(Optional<KeyCondition> condition, boolean full, String next, boolean rangeUsed) {
    }

    private static SortUse sortCondition(AccessPaths.KeyPath path, TableRead read, List<SourceColumn> columns, Set<String> used) {
        KeyTemplate sort = path.sortTemplate();
        if (sort == null) {
            return new SortUse(Optional.empty(), true, null, false);
        }
        List<String> bound = new ArrayList<>();
        String next = null;
        for (String column : AccessPaths.columnNames(sort, columns)) {
            if (!read.equalities().contains(column)) {
                next = column;
                break;
            }
            bound.add(column);
        }
        used.addAll(bound);
        String attribute = path.sortKey().name();
        if (next == null) {
            return new SortUse(Optional.of(new KeyCondition(attribute, KeyCondition.Operator.EQ, qualify(read, bound),
                    sort.template())), true, null, false);
        }
        RangeCondition range = read.range();
        if (range != null && range.column().equals(next)) {
            used.add(next);
            List<String> withRange = new ArrayList<>(bound);
            withRange.add(next);
            return new SortUse(Optional.of(new KeyCondition(attribute, KeyCondition.Operator.valueOf(range.operator().name()),
                    qualify(read, withRange), sort.template())), false, next, true);
        }
        boolean prefix = sort.parts().get(0).literal() != null && path.placement().target().singleTable();
        Optional<KeyCondition> beginsWith = !bound.isEmpty() || prefix ? Optional.of(new KeyCondition(attribute,
                KeyCondition.Operator.BEGINS_WITH, qualify(read, bound), sort.template())) : Optional.empty();
        return new SortUse(beginsWith, false, next, false);
    }

    /** ORDER BY is served when its first term on a column the key does not fix is the first unbound sort-key column. */
    private static boolean orderServed(TableRead read, Set<String> used, String next) {
        return firstOpenOrder(read, used, next).map(t -> column(t.column()).equals(next)).orElse(true);
    }

    private static Optional<OrderTerm> firstOpenOrder(TableRead read, Set<String> used, String next) {
        return read.orderBy().stream().filter(t -> !used.contains(column(t.column())) || column(t.column()).equals(next))
                .findFirst();
    }

    private static List<String> filters(TableRead read, Set<String> used, boolean rangeUsed) {
        List<String> filters = new ArrayList<>();
        read.equalities().stream().sorted().filter(c -> !used.contains(c)).forEach(c -> filters.add(read.table() + "." + c));
        // a key condition's BETWEEN includes both ends: a strict end (d >= ? AND d < ?) is still filtered
        if (read.range() != null && (!rangeUsed || read.range().exclusive())) {
            filters.add(read.table() + "." + read.range().column());
        }
        return filters;
    }

    /** Items read and returned per call. */
    record Estimate(double read, double returned) {
    }

    private static Estimate estimate(TableProfile profile, TableRead read, Set<String> keyColumns, boolean rangeUsed,
                                     List<String> filters, OperationKind kind, boolean orderServed) {
        if (kind == OperationKind.GET_ITEM) {
            return new Estimate(1, read.knownRows() >= 0 ? Math.min(1, read.knownRows()) : 1);
        }
        double keyed = profile.rows();
        for (String column : keyColumns) {
            keyed *= read.range() != null && column.equals(read.range().column()) ? RANGE_SELECTIVITY
                    : profile.equalitySelectivity(column);
        }
        double filterShare = filterShare(profile, read, filters, rangeUsed);
        double itemsRead = Math.max(1, keyed);
        double returned = itemsRead * filterShare;
        if (read.knownRows() >= 0) {
            returned = read.knownRows();
            itemsRead = Math.max(returned, Math.min(profile.rows(), returned / filterShare));
        }
        if (read.limit() > 0 && orderServed && filters.isEmpty() && read.other().isEmpty()) {
            itemsRead = Math.min(itemsRead, read.limit());
            returned = Math.min(returned, read.limit());
        }
        return new Estimate(itemsRead, returned);
    }

    private static double filterShare(TableProfile profile, TableRead read, List<String> filters, boolean rangeUsed) {
        double share = Math.pow(RANGE_SELECTIVITY, read.other().size());
        for (String filter : filters) {
            String column = column(filter);
            boolean range = read.range() != null && column.equals(read.range().column());
            // a range the key condition already applies is filtered only at its strict end: it keeps (nearly) all
            share *= range ? (rangeUsed ? 1 : RANGE_SELECTIVITY) : profile.equalitySelectivity(column);
        }
        return share;
    }

    /** A Scan of the whole target (every source it holds), filtered on everything the pattern binds. */
    static ReadPlan scan(AccessPaths paths, AccessPaths.Placement placement, TableRead read) {
        double bytes = 0;
        double items = 0;
        for (TargetSource source : placement.target().sources()) {
            Optional<TableProfile> measured = paths.profile().table(source.name());
            if (measured.isPresent()) {
                bytes += measured.get().rows() * (double) Math.max(1, measured.get().itemBytesP50());
                items += measured.get().rows();
            }
        }
        List<String> filters = filters(read, Set.of(), false);
        double returned = read.knownRows() >= 0 ? read.knownRows()
                : placement.profile().rows() * filterShare(placement.profile(), read, filters, false);
        double units = Math.max(0.5, Math.ceil(bytes / ItemSize.READ_UNIT_BYTES) * 0.5);
        String explanation = "Scan of table " + placement.target().table() + ": no key of it is built only from "
                + (read.equalities().isEmpty() ? "nothing (the pattern binds no column)" : "the bound columns "
                + String.join(", ", read.equalities().stream().sorted().toList())) + ".";
        return new ReadPlan(null, placement, OperationKind.SCAN, List.of(), filters, read.other(), true,
                read.orderBy().isEmpty(), 1, items, returned, units, explanation);
    }

    /** Eventually consistent reads: half a unit per started 4 KB, each request rounded on its own. */
    static double readUnits(double items, long itemBytes, int requests) {
        double perRequest = Math.ceil(items / requests * itemBytes / ItemSize.READ_UNIT_BYTES);
        return requests * Math.max(1, perRequest) * 0.5;
    }

    static List<String> qualify(TableRead read, List<String> columns) {
        return columns.stream().map(c -> read.table() + "." + c).toList();
    }

    /** {@code Table.column} or {@code column} to the lower-case column. */
    static String column(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
