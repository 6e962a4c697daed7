package io.lsql.core.proposal;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.JoinPair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Plans a join: the cheapest table read drives it; a table kept in the same item collection under the same partition
 * value comes with the driving Query (COLLECTION); any other joined table costs one lookup per driving row
 * (MULTI_REQUEST), or a Scan when no key reaches it.
 */
final class JoinPlanner {

    private JoinPlanner() {
    }

    /** The join as it unfolds: what has been read so far and how. */
    private static final class Walk {
        final Set<String> joined = new LinkedHashSet<>();
        final Set<String> collection = new HashSet<>();
        final List<String> sources = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        double readUnits;
        double itemsRead;
        double rows;
        double collectionBytes;
        int requests;
        boolean lookups;
        boolean scans;
    }

    static PlannedOperation plan(AccessPaths paths, AccessPattern pattern, BiFunction<AccessPattern, String, TableRead> reads) {
        ReadPlan driving = null;
        for (String table : pattern.shape().tables()) {
            ReadPlan read = ReadPlanner.best(paths, paths.place(table).orElseThrow(), reads.apply(pattern, table));
            if (driving == null || read.rank() < driving.rank()
                    || (read.rank() == driving.rank() && read.readUnits() < driving.readUnits())) {
                driving = read;
            }
        }
        Walk walk = new Walk();
        walk.joined.add(key(driving.placement().table()));
        walk.sources.add(driving.placement().source().id());
        walk.readUnits = driving.readUnits();
        walk.itemsRead = driving.itemsRead();
        walk.rows = Math.max(1, driving.itemsReturned());
        walk.requests = driving.requests();
        walk.scans = driving.kind() == OperationKind.SCAN;
        if (driving.path() != null && driving.path().onTable()) {
            walk.collection.add(key(driving.placement().table()));
        }
        walk.collectionBytes = driving.itemsRead() * Math.max(1, driving.placement().profile().itemBytesP50());
        joinAll(paths, pattern, reads, walk);
        return operation(pattern, driving, walk);
    }

    private static void joinAll(AccessPaths paths, AccessPattern pattern, BiFunction<AccessPattern, String, TableRead> reads,
                                Walk walk) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (JoinPair pair : pattern.shape().joins()) {
                String left = table(pair.left());
                String right = table(pair.right());
                boolean leftIn = walk.joined.contains(key(left));
                if (leftIn == walk.joined.contains(key(right))) {
                    continue;
                }
                String from = leftIn ? left : right;
                String next = leftIn ? right : left;
                join(paths, pattern, reads, walk, from, next);
                progress = true;
            }
        }
        for (String table : pattern.shape().tables()) {
            if (walk.joined.add(key(table))) {
                walk.scans = true;
                walk.notes.add(table + " is not joined along a column, so it is scanned");
            }
        }
    }

    private static void join(AccessPaths paths, AccessPattern pattern, BiFunction<AccessPattern, String, TableRead> reads,
                             Walk walk, String from, String next) {
        AccessPaths.Placement source = paths.place(from).orElseThrow();
        AccessPaths.Placement other = paths.place(next).orElseThrow();
        walk.joined.add(key(next));
        walk.sources.add(other.source().id());
        if (walk.collection.contains(key(from)) && sameCollection(source, other, pattern.shape().joins())) {
            walk.collection.add(key(next));
            double items = Math.max(1, walk.rows * other.profile().rows() / Math.max(1, source.profile().rows()));
            walk.collectionBytes += items * Math.max(1, other.profile().itemBytesP50());
            walk.itemsRead += items;
            walk.rows = Math.max(walk.rows, items);
            walk.notes.add(next + " shares the partition of " + from + " in " + source.target().table());
            return;
        }
        Set<String> keys = new HashSet<>(reads.apply(pattern, next).equalities());
        for (JoinPair pair : pattern.shape().joins()) {
            if (table(pair.left()).equalsIgnoreCase(next) && walk.joined.contains(key(table(pair.right())))) {
                keys.add(ReadPlanner.column(pair.left()));
            } else if (table(pair.right()).equalsIgnoreCase(next) && walk.joined.contains(key(table(pair.left())))) {
                keys.add(ReadPlanner.column(pair.right()));
            }
        }
        ReadPlan lookup = ReadPlanner.best(paths, other, reads.apply(pattern, next).withEqualities(keys));
        if (lookup.kind() == OperationKind.SCAN) {
            walk.scans = true;
            walk.readUnits += lookup.readUnits();
            walk.requests += 1;
            walk.itemsRead += lookup.itemsRead();
            walk.notes.add("no key of " + next + " starts with the joined column, so it is scanned");
            return;
        }
        walk.lookups = true;
        walk.requests += (int) Math.ceil(walk.rows) * lookup.requests();
        walk.readUnits += walk.rows * lookup.readUnits();
        walk.itemsRead += walk.rows * lookup.itemsRead();
        walk.rows = Math.max(1, walk.rows * Math.max(1, lookup.itemsReturned()));
        walk.notes.add("one " + (lookup.kind() == OperationKind.GET_ITEM ? "GetItem" : "Query") + " on "
                + (lookup.index() == null ? next : lookup.index()) + " per row");
    }

    /**
     * True when both tables live in one target and their partition templates give the same value for joined rows:
     * the same literals, and each column of one joined to the column at the same place in the other.
     */
    static boolean sameCollection(AccessPaths.Placement a, AccessPaths.Placement b, List<JoinPair> joins) {
        if (a.target() != b.target()) {
            return false;
        }
        KeyTemplate ta = AccessPaths.template(a, a.target().partitionKey());
        KeyTemplate tb = AccessPaths.template(b, b.target().partitionKey());
        if (ta == null || tb == null || ta.parts().size() != tb.parts().size() || ta.sharded() || tb.sharded()) {
            return false;
        }
        for (int i = 0; i < ta.parts().size(); i++) {
            KeyTemplate.Part pa = ta.parts().get(i);
            KeyTemplate.Part pb = tb.parts().get(i);
            if (pa.literal() != null || pb.literal() != null) {
                if (pa.literal() == null || !pa.literal().equals(pb.literal())) {
                    return false;
                }
            } else if (!joined(a.table() + "." + a.profile().columns().get(pa.column()).name(),
                    b.table() + "." + b.profile().columns().get(pb.column()).name(), joins)) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(String x, String y, List<JoinPair> joins) {
        return joins.stream().anyMatch(j -> (j.left().equalsIgnoreCase(x) && j.right().equalsIgnoreCase(y))
                || (j.left().equalsIgnoreCase(y) && j.right().equalsIgnoreCase(x)));
    }

    private static PlannedOperation operation(AccessPattern pattern, ReadPlan driving, Walk walk) {
        boolean collection = walk.collection.size() > 1;
        OperationKind kind = walk.scans ? OperationKind.SCAN : walk.lookups ? OperationKind.MULTI_REQUEST
                : collection ? OperationKind.COLLECTION : driving.kind();
        double readUnits = walk.readUnits;
        List<KeyCondition> conditions = driving.conditions();
        if (collection) {
            double collectionUnits = Math.max(1, Math.ceil(walk.collectionBytes / ItemSize.READ_UNIT_BYTES)) * 0.5;
            readUnits += collectionUnits - driving.readUnits();
            conditions = conditions.subList(0, 1);
        }
        String explanation = driving.explanation().replaceAll("\\.$", "")
                + (walk.notes.isEmpty() ? "" : "; " + String.join("; ", walk.notes)) + ".";
        return new PlannedOperation(pattern.id(), kind, driving.placement().target().table(), driving.index(), walk.sources,
                conditions, driving.filterColumns(), pattern.shape().otherPredicates(), driving.forward(),
                driving.orderServed() && pattern.shape().orderBy().stream().allMatch(t -> t.column().toLowerCase(Locale.ROOT)
                        .startsWith(driving.placement().table().toLowerCase(Locale.ROOT) + ".")),
                walk.requests, walk.itemsRead, walk.rows, readUnits, 0, 0, explanation);
    }

    private static String table(String qualified) {
        return qualified.substring(0, Math.max(0, qualified.indexOf('.')));
    }

    private static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
