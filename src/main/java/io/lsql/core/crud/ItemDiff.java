package io.lsql.core.crud;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares two items attribute by attribute, as DynamoDB compares values: numbers by value, sets as sets. */
final class ItemDiff {

    private ItemDiff() {
    }

    /** Where {@code actual} differs from {@code expected}; either may be {@code null} (no such record). */
    static List<AttributeDiff> of(Item expected, Item actual) {
        Item left = expected == null ? Item.EMPTY : expected;
        Item right = actual == null ? Item.EMPTY : actual;
        Set<String> names = new LinkedHashSet<>(left.attributes().keySet());
        names.addAll(right.attributes().keySet());
        List<AttributeDiff> differences = new ArrayList<>();
        for (String name : names) {
            ItemValue a = left.attributes().get(name);
            ItemValue b = right.attributes().get(name);
            if (a == null || b == null || !same(a, b)) {
                differences.add(new AttributeDiff(name, a, b));
            }
        }
        return differences;
    }

    static boolean same(ItemValue a, ItemValue b) {
        if (a.type() != b.type()) {
            return false;
        }
        return switch (a.type()) {
            case N -> new BigDecimal(a.text()).compareTo(new BigDecimal(b.text())) == 0;
            case SS, BS -> new HashSet<>(a.members()).equals(new HashSet<>(b.members()));
            case NS -> a.members().stream().map(m -> new BigDecimal(m).stripTrailingZeros()).collect(java.util.stream.Collectors.toSet())
                    .equals(b.members().stream().map(m -> new BigDecimal(m).stripTrailingZeros()).collect(java.util.stream.Collectors.toSet()));
            case M -> a.map().keySet().equals(b.map().keySet())
                    && a.map().keySet().stream().allMatch(k -> same(a.map().get(k), b.map().get(k)));
            case L -> a.list().size() == b.list().size()
                    && java.util.stream.IntStream.range(0, a.list().size()).allMatch(i -> same(a.list().get(i), b.list().get(i)));
            default -> a.text().equals(b.text());
        };
    }
}
