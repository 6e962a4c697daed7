package io.lsql.core.proposal;

import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spreads each hot partition key over N shards: the key's value, {@code #}, and a shard number from a hash of the row's
 * first primary-key column (<code>{region}#{cust_id%8}</code>), with N sized to bring the busiest partition to half
 * its limit. Reads of a sharded key then ask every shard.
 */
final class WriteSharding {

    /** The busiest shard is sized to this share of a partition's limit, leaving room for uneven hashing. */
    static final double HEADROOM = 0.5;
    static final int MAX_SHARDS = 100;
    static final String SUFFIX = "_shard";

    private WriteSharding() {
    }

    static Optional<List<Target>> of(Schema schema, List<Target> targets, List<Scorer.HotKey> hotKeys, List<String> notes) {
        Map<String, Scorer.HotKey> hottest = new LinkedHashMap<>();
        for (Scorer.HotKey hot : hotKeys) {
            hottest.merge(hot.table() + "|" + hot.index() + "|" + hot.attribute(), hot, (a, b) -> a.load() >= b.load() ? a : b);
        }
        List<Target> sharded = new ArrayList<>(targets);
        boolean changed = false;
        for (Scorer.HotKey hot : hottest.values()) {
            Optional<Target> target = sharded.stream().filter(t -> t.table().equals(hot.table())).findFirst();
            if (target.isPresent()) {
                int shards = (int) Math.min(MAX_SHARDS, Math.max(2, Math.ceil(hot.load() / (hot.limit() * HEADROOM))));
                Optional<Target> next = shard(schema, target.get(), hot, shards);
                if (next.isPresent()) {
                    sharded.set(sharded.indexOf(target.get()), next.get());
                    notes.add((hot.index() == null ? "Table " + hot.table() : "GSI " + hot.index() + " of " + hot.table())
                            + ": " + hot.attribute() + " is spread over " + shards + " shards; its reads ask every shard.");
                    changed = true;
                }
            }
        }
        return changed ? Optional.of(sharded) : Optional.empty();
    }

    private static Optional<Target> shard(Schema schema, Target target, Scorer.HotKey hot, int shards) {
        String attribute = hot.index() == null ? hot.attribute() : hot.attribute() + SUFFIX;
        List<TargetSource> sources = new ArrayList<>();
        for (TargetSource source : target.sources()) {
            Optional<Table> table = schema.table(source.name());
            String base = source.template(hot.attribute());
            if (base == null && table.flatMap(t -> t.column(hot.attribute())).isPresent()) {
                base = KeyTemplate.placeholder(table.get().column(hot.attribute()).get().name(), 0);
            }
            if (base == null || table.isEmpty() || table.get().primaryKey().isEmpty()) {
                sources.add(source);
                continue;
            }
            String shard = "{" + table.get().primaryKey().get(0) + "%" + shards + "}";
            sources.add(TargetEdits.withKey(source, attribute, base + "#" + shard));
        }
        KeyAttribute key = TargetEdits.text(attribute);
        if (hot.index() == null) {
            return Optional.of(target.withSources(sources).withKeys(key, target.sortKey()));
        }
        List<Index> indexes = target.indexes().stream().map(i -> i.name().equals(hot.index())
                ? new Index(i.name(), key, i.sortKey(), i.projection(), i.nonKeyAttributes()) : i).toList();
        return Optional.of(TargetEdits.pruned(target.withSources(sources).withIndexes(indexes)));
    }
}
