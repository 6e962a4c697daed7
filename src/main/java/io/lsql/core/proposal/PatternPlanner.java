package io.lsql.core.proposal;

import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.ItemSize;
import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.PatternShape;
import io.lsql.core.patterns.RangeCondition;
import io.lsql.core.patterns.StatementKind;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans how a candidate design serves one access pattern: GetItem, Query on the table or a GSI (with a filter when
 * the key does not state every condition), one Query on an item collection for a join, several requests for other
 * joins, Scan when no key fits; PutItem, UpdateItem and DeleteItem for writes. Costs are per call and per month.
 */
public final class PatternPlanner {

    /** The rate a pattern is costed at when its source gave none (a sample query, a statement from a file). */
    public static final double UNKNOWN_RATE = 1.0;

    private final AccessPaths paths;
    private final Prices prices;

    public PatternPlanner(List<Target> targets, DataProfile profile, Prices prices) {
        this.paths = new AccessPaths(targets, profile);
        this.prices = prices;
    }

    public PlannedOperation plan(AccessPattern pattern) {
        PatternShape shape = pattern.shape();
        if (!shape.parsed() || shape.kind() == StatementKind.OTHER || shape.tables().isEmpty()) {
            return unserved(pattern, shape.parsed() ? "The statement neither reads nor writes a table." : shape.unparsedReason());
        }
        for (String table : shape.tables()) {
            if (paths.place(table).isEmpty()) {
                return unserved(pattern, "The design does not hold " + table + ".");
            }
        }
        PlannedOperation planned = switch (shape.kind()) {
            case INSERT -> put(pattern);
            case UPDATE, DELETE -> writeByKey(pattern);
            default -> shape.tables().size() > 1 ? JoinPlanner.plan(paths, pattern, this::read) : select(pattern);
        };
        return withCost(planned, pattern);
    }

    private PlannedOperation select(AccessPattern pattern) {
        String table = pattern.shape().tables().get(0);
        ReadPlan read = ReadPlanner.best(paths, paths.place(table).orElseThrow(), read(pattern, table, true));
        return operation(pattern, read, read.kind(), read.requests(), read.readUnits(), 0, read.explanation());
    }

    /** What {@code pattern} asks of {@code table}; {@code whole} when the pattern reads only this table. */
    TableRead read(AccessPattern pattern, String table) {
        return read(pattern, table, false);
    }

    private static TableRead read(AccessPattern pattern, String table, boolean whole) {
        PatternShape shape = pattern.shape();
        Set<String> equalities = new HashSet<>();
        shape.equalityColumns().stream().filter(c -> ofTable(c, table)).map(ReadPlanner::column).forEach(equalities::add);
        RangeCondition range = shape.range() != null && ofTable(shape.range().column(), table)
                ? new RangeCondition(ReadPlanner.column(shape.range().column()), shape.range().operator(),
                shape.range().exclusive()) : null;
        List<OrderTerm> order = shape.orderBy().stream().filter(t -> ofTable(t.column(), table)).toList();
        double known = whole && pattern.count() > 0 && pattern.rowsSent() > 0 ? (double) pattern.rowsSent() / pattern.count() : -1;
        return new TableRead(table, equalities, range, whole ? order : List.of(), whole ? shape.otherPredicates() : List.of(),
                whole ? shape.limit() : 0, known);
    }

    private static boolean ofTable(String qualified, String table) {
        int dot = qualified.indexOf('.');
        return dot > 0 && qualified.substring(0, dot).equalsIgnoreCase(table);
    }

    private PlannedOperation put(AccessPattern pattern) {
        AccessPaths.Placement placement = paths.place(pattern.shape().tables().get(0)).orElseThrow();
        double units = writeUnits(placement);
        return new PlannedOperation(pattern.id(), OperationKind.PUT_ITEM, placement.target().table(), null,
                List.of(placement.source().id()), List.of(), List.of(), List.of(), true, true, 1, 0, 0, 0, units, 0,
                "PutItem into " + placement.target().table() + gsiNote(placement) + ".");
    }

    private PlannedOperation writeByKey(AccessPattern pattern) {
        String table = pattern.shape().tables().get(0);
        AccessPaths.Placement placement = paths.place(table).orElseThrow();
        TableRead read = read(pattern, table, true);
        ReadPlan located = ReadPlanner.best(paths, placement, read);
        boolean update = pattern.shape().kind() == StatementKind.UPDATE;
        double units = writeUnits(placement);
        if (located.kind() == OperationKind.GET_ITEM) {
            OperationKind kind = update ? OperationKind.UPDATE_ITEM : OperationKind.DELETE_ITEM;
            return operation(pattern, located, kind, 1, 0, units, (update ? "UpdateItem" : "DeleteItem") + " on the whole key of "
                    + placement.target().table() + gsiNote(placement) + ".");
        }
        double rows = Math.max(1, located.itemsReturned());
        return operation(pattern, located, located.kind(), 1 + (int) Math.ceil(rows), located.readUnits(), rows * units,
                "The key is not bound: " + located.explanation().replaceAll("\\.$", "") + ", then one "
                        + (update ? "UpdateItem" : "DeleteItem") + " per item.");
    }

    /** Write units of one item write: its size in 1 KB units, once for the table and once per GSI it is projected into. */
    double writeUnits(AccessPaths.Placement placement) {
        return ItemSize.writeUnits(Math.max(1, placement.profile().itemBytesP50())) * (1 + gsiWrites(placement));
    }

    /** GSI entries one item write of {@code placement} causes: per GSI, the share of items that carry its key. */
    static double gsiWrites(AccessPaths.Placement placement) {
        double writes = 0;
        for (Index index : placement.target().indexes()) {
            var template = AccessPaths.template(placement, index.partitionKey());
            if (template == null) {
                continue;
            }
            double present = 1;
            for (String column : AccessPaths.columnNames(template, placement.profile().columns())) {
                present *= 1 - placement.profile().column(column).map(ColumnProfile::nullFraction).orElse(0.0);
            }
            writes += present;
        }
        return writes;
    }

    private static String gsiNote(AccessPaths.Placement placement) {
        double gsis = gsiWrites(placement);
        return gsis == 0 ? "" : String.format(Locale.ROOT, ", plus %.2f GSI write(s) per item", gsis);
    }

    static PlannedOperation operation(AccessPattern pattern, ReadPlan read, OperationKind kind, int requests, double readUnits,
                                      double writeUnits, String explanation) {
        return new PlannedOperation(pattern.id(), kind, read.placement().target().table(), read.index(),
                List.of(read.placement().source().id()), read.conditions(), read.filterColumns(), read.unfilterable(),
                read.forward(), read.orderServed(), requests, read.itemsRead(), read.itemsReturned(), readUnits, writeUnits, 0,
                explanation);
    }

    private PlannedOperation withCost(PlannedOperation op, AccessPattern pattern) {
        double perMonth = rate(pattern) * AccessRates.HOURS_PER_MONTH * 3600;
        double dollars = perMonth * (op.readUnits() * prices.onDemandReadPerMillion()
                + op.writeUnits() * prices.onDemandWritePerMillion()) / 1_000_000;
        return new PlannedOperation(op.patternId(), op.kind(), op.table(), op.index(), op.sourceIds(), op.keyConditions(),
                op.filterColumns(), op.unfilterable(), op.forward(), op.orderServed(), op.requests(), op.itemsRead(),
                op.itemsReturned(), op.readUnits(), op.writeUnits(), dollars, op.explanation());
    }

    /** Calls per second the pattern is costed at: its average rate, else {@link #UNKNOWN_RATE}. */
    static double rate(AccessPattern pattern) {
        return pattern.averageRate() > 0 ? pattern.averageRate() : UNKNOWN_RATE;
    }

    private static PlannedOperation unserved(AccessPattern pattern, String reason) {
        return new PlannedOperation(pattern.id(), OperationKind.UNSERVED, null, null, List.of(), List.of(), List.of(),
                Optional.ofNullable(pattern.sql()).map(List::of).orElse(List.of()), true, false, 0, 0, 0, 0, 0, 0, reason);
    }
}
