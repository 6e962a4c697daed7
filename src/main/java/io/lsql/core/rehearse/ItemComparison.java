package io.lsql.core.rehearse;

import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.rehearse.RowDifference.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what MySQL returned (as the items its rows map to) with the items DynamoDB returned, for one source: as sets
 * keyed by the rows' names, then, when {@code ordered}, the order of the rows both returned. Differences are listed by
 * kind, then by row.
 */
final class ItemComparison {

    private ItemComparison() {
    }

    /**
     * @param projected the attributes the read returns (an index's projection), {@code null} for every attribute
     */
    static List<RowDifference> compare(SourceBinding binding, List<SqlRows.Row> expected, List<Item> actual, Set<String> projected,
                                       boolean ordered) {
        String source = binding.source().id();
        List<RowDifference> differences = new ArrayList<>();
        Map<String, Item> byName = new LinkedHashMap<>();
        for (SqlRows.Row row : expected) {
            if (row.item() == null) {
                differences.add(new RowDifference(Kind.MISSING_IN_DYNAMODB, source, row.name(), "the migration rejects it: "
                        + row.rejected()));
            } else {
                byName.put(row.name(), restricted(row.item(), projected));
            }
        }
        Map<String, Item> found = new LinkedHashMap<>();
        actual.forEach(item -> found.put(binding.rowName(item), item));
        for (Map.Entry<String, Item> e : byName.entrySet()) {
            Item item = found.get(e.getKey());
            if (item == null) {
                differences.add(new RowDifference(Kind.MISSING_IN_DYNAMODB, source, e.getKey(), ""));
            } else if (!item.attributes().equals(e.getValue().attributes())) {
                differences.add(new RowDifference(Kind.ATTRIBUTE_DIFFERS, source, e.getKey(), attributes(e.getValue(), item)));
            }
        }
        found.keySet().stream().filter(name -> !byName.containsKey(name))
                .forEach(name -> differences.add(new RowDifference(Kind.ONLY_IN_DYNAMODB, source, name, "")));
        differences.sort(java.util.Comparator.comparing(RowDifference::kind).thenComparing(RowDifference::row));
        if (differences.isEmpty() && ordered) {
            orderDifference(source, List.copyOf(byName.keySet()), List.copyOf(found.keySet()), differences);
        }
        return differences;
    }

    private static void orderDifference(String source, List<String> expected, List<String> actual, List<RowDifference> out) {
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                out.add(new RowDifference(Kind.ORDER_DIFFERS, source, actual.get(i), "DynamoDB returns it at position " + (i + 1)
                        + ", where MySQL returns " + expected.get(i)));
                return;
            }
        }
    }

    private static Item restricted(Item item, Set<String> projected) {
        if (projected == null) {
            return item;
        }
        Map<String, ItemValue> kept = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> {
            if (projected.contains(name)) {
                kept.put(name, value);
            }
        });
        return new Item(kept);
    }

    /** {@code qty: MySQL 2, DynamoDB 3; phone: MySQL (none), DynamoDB ""}. */
    private static String attributes(Item expected, Item actual) {
        Set<String> names = new LinkedHashSet<>(expected.attributes().keySet());
        names.addAll(actual.attributes().keySet());
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            ItemValue want = expected.attributes().get(name);
            ItemValue got = actual.attributes().get(name);
            if (want == null || !want.equals(got)) {
                parts.add(name + ": MySQL " + show(want) + ", DynamoDB " + show(got));
            }
        }
        return String.join("; ", parts);
    }

    private static String show(ItemValue value) {
        return value == null ? "(none)" : new Item(Map.of("v", value)).toJson().replaceFirst("^\\{\"v\":", "").replaceFirst("}$", "");
    }
}
