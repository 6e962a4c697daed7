package io.lsql.core.proposal;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the partitions a pattern drives over DynamoDB's per-partition limits at its peak rate: the busiest partition
 * value's share of the items (measured on the sampled rows) times the peak rate times the units per call, against
 * 3,000 RCU or 1,000 WCU. A write counts for the table and for every GSI the item is projected into.
 */
final class HotPartitions {

    private HotPartitions() {
    }

    static List<Scorer.HotKey> find(AccessPaths paths, KeySample sample, List<AccessPattern> patterns,
                                    List<PlannedOperation> operations) {
        List<Scorer.HotKey> hot = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            AccessPattern pattern = patterns.get(i);
            PlannedOperation op = operations.get(i);
            double peak = Scorer.peakRate(pattern);
            if (op.writeUnits() > 0 && !pattern.shape().tables().isEmpty()) {
                paths.place(pattern.shape().tables().get(0)).ifPresent(p -> writes(p, sample, pattern.id(), peak, hot));
            }
            if (op.readUnits() > 0 && op.kind() != OperationKind.SCAN) {
                reads(paths, sample, op, peak).ifPresent(hot::add);
            }
        }
        return hot;
    }

    private static void writes(AccessPaths.Placement placement, KeySample sample, String patternId, double peak,
                               List<Scorer.HotKey> hot) {
        double units = ItemSize.writeUnits(Math.max(1, placement.profile().itemBytesP50()));
        Target target = placement.target();
        check(hot, patternId, target.table(), null, target.partitionKey(), peak * units
                * sample.busiestShare(placement, target.partitionKey().name()), Scorer.PARTITION_WCU, true);
        for (Index index : target.indexes()) {
            if (AccessPaths.template(placement, index.partitionKey()) != null) {
                check(hot, patternId, target.table(), index.name(), index.partitionKey(), peak * units
                        * sample.busiestShare(placement, index.partitionKey().name()), Scorer.PARTITION_WCU, true);
            }
        }
    }

    private static Optional<Scorer.HotKey> reads(AccessPaths paths, KeySample sample, PlannedOperation op, double peak) {
        Optional<AccessPaths.Placement> placement = paths.placements().stream()
                .filter(p -> p.target().table().equals(op.table()) && op.sourceIds().contains(p.source().id())).findFirst();
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        Target target = placement.get().target();
        KeyAttribute attribute = op.index() == null ? target.partitionKey() : target.indexes().stream()
                .filter(i -> i.name().equals(op.index())).map(Index::partitionKey).findFirst().orElse(target.partitionKey());
        double load = peak * op.readUnits() / Math.max(1, op.requests()) * sample.busiestShare(placement.get(), attribute.name());
        List<Scorer.HotKey> found = new ArrayList<>();
        check(found, op.patternId(), target.table(), op.index(), attribute, load, Scorer.PARTITION_RCU, false);
        return found.stream().findFirst();
    }

    private static void check(List<Scorer.HotKey> hot, String patternId, String table, String index, KeyAttribute attribute,
                              double load, double limit, boolean write) {
        if (load > limit) {
            hot.add(new Scorer.HotKey(patternId, table, index, attribute.name(), load, limit, write));
        }
    }
}
