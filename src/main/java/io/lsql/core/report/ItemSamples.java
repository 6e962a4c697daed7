package io.lsql.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.ItemSize;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.ItemPreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first real rows of a target's sources as items ({@link ItemPreview}, the export's own read): sample items for
 * the table and each index, the largest partition keys, the partition keys holding the largest shares of the items
 * (hot keys), and which indexes some items stay out of.
 */
final class ItemSamples {

    static final int SAMPLES_PER_SOURCE = 2;
    static final int LARGEST_KEYS = 3;
    static final int HOT_KEYS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<TargetReport.SampleItem> items = new ArrayList<>();
    private final Map<String, Long> keyCounts = new HashMap<>();
    private final Set<String> outOfIndex = new HashSet<>();
    private long total;

    private ItemSamples() {
    }

    /** Reads up to {@code rowsPerSource} rows of each source of {@code target}. */
    static ItemSamples of(JdbcSource jdbc, Target target, int rowsPerSource) {
        ItemSamples samples = new ItemSamples();
        Map<String, Integer> indexSamples = new HashMap<>();
        for (TargetSource source : target.sources()) {
            int shown = 0;
            for (ItemPreview.Item item : ItemPreview.first(jdbc, target, source, rowsPerSource)) {
                if (item.json() != null) {
                    samples.add(target, item.json(), shown++ < SAMPLES_PER_SOURCE, indexSamples);
                }
            }
        }
        return samples;
    }

    private void add(Target target, String json, boolean show, Map<String, Integer> indexSamples) {
        JsonNode item = parse(json);
        List<String> tableKeys = keys(target.partitionKey(), target.sortKey());
        if (show) {
            items.add(new TargetReport.SampleItem(null, tableKeys, json));
        }
        total++;
        keyCounts.merge(value(item.get(target.partitionKey().name())), 1L, Long::sum);
        for (Index index : target.indexes()) {
            List<String> indexKeys = keys(index.partitionKey(), index.sortKey());
            if (!indexKeys.stream().allMatch(item::has)) {
                outOfIndex.add(index.name());
            } else if (indexSamples.merge(index.name(), 1, Integer::sum) <= SAMPLES_PER_SOURCE) {
                List<String> marked = new ArrayList<>(indexKeys);
                tableKeys.stream().filter(k -> !marked.contains(k)).forEach(marked::add);
                items.add(new TargetReport.SampleItem(index.name(), marked, json));
            }
        }
    }

    private static List<String> keys(KeyAttribute partition, KeyAttribute sort) {
        return sort == null ? List.of(partition.name()) : List.of(partition.name(), sort.name());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a previewed item is not JSON", e);
        }
    }

    /** A key attribute's value as text: {@code {"S":"a"}} is {@code a}. */
    private static String value(JsonNode attribute) {
        return attribute == null || !attribute.fields().hasNext() ? "" : attribute.fields().next().getValue().asText();
    }

    List<TargetReport.SampleItem> items() {
        return items;
    }

    boolean sparse(Index index) {
        return outOfIndex.contains(index.name());
    }

    /** The longest partition key values, longest first (ties by value, so two reports agree). */
    List<TargetReport.KeyBytes> largestKeys() {
        return keyCounts.keySet().stream().map(k -> new TargetReport.KeyBytes(k, ItemSize.utf8(k)))
                .sorted(Comparator.comparingLong(TargetReport.KeyBytes::bytes).reversed().thenComparing(TargetReport.KeyBytes::key))
                .limit(LARGEST_KEYS).toList();
    }

    /** The partition key values holding the most items, most first (ties by value). */
    List<TargetReport.KeyShare> hotKeys() {
        return keyCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(HOT_KEYS).map(e -> new TargetReport.KeyShare(e.getKey(), e.getValue(), (double) e.getValue() / total)).toList();
    }
}
