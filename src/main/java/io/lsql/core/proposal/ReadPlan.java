package io.lsql.core.proposal;

import java.util.List;

/**
 * How one table of a pattern is read: the operation and what it costs per call. {@code path} is {@code null} for a
 * Scan.
 */
record ReadPlan(AccessPaths.KeyPath path, AccessPaths.Placement placement, OperationKind kind, List<KeyCondition> conditions,
                List<String> filterColumns, List<String> unfilterable, boolean forward, boolean orderServed, int requests,
                double itemsRead, double itemsReturned, double readUnits, String explanation) {

    ReadPlan {
        conditions = List.copyOf(conditions);
        filterColumns = List.copyOf(filterColumns);
        unfilterable = List.copyOf(unfilterable);
    }

    /** Lower is better: served before filtered before scan, then fewer read units. */
    int rank() {
        return kind.service().ordinal();
    }

    String index() {
        return path == null ? null : path.index();
    }
}
