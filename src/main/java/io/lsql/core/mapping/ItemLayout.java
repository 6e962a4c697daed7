package io.lsql.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What goes into each item: the key (partition, optional sort), other derived attributes (e.g. a
 * GSI's composite sort key), and every source column under its own name unless renamed or dropped.
 * NULL leaves the attribute out unless {@code writeNulls}. {@code indexKeys} names the attributes
 * the table's indexes are keyed on, so no item is written that the key schema refuses.
 */
public record ItemLayout(List<SourceColumn> columns, KeyTemplate partitionKey, KeyTemplate sortKey,
                         List<KeyTemplate> derived, Map<String, String> renames, Set<String> drops, boolean writeNulls,
                         List<IndexKey> indexKeys) {

    /** One key attribute of a secondary index: its values must be non-empty S, N or B within the size limits. */
    public record IndexKey(String index, String attribute, boolean partition) {
    }

    public ItemLayout {
        columns = List.copyOf(columns);
        derived = List.copyOf(derived);
        renames = Map.copyOf(renames);
        drops = Set.copyOf(drops);
        indexKeys = List.copyOf(indexKeys);
    }

    public List<KeyTemplate> keys() {
        List<KeyTemplate> keys = new ArrayList<>();
        keys.add(partitionKey);
        if (sortKey != null) {
            keys.add(sortKey);
        }
        return keys;
    }

    /** The attribute name of column {@code index}, or {@code null} when it is dropped or a key replaces it. */
    public String attributeName(int index) {
        String column = columns.get(index).name();
        if (drops.contains(column)) {
            return null;
        }
        String name = renames.getOrDefault(column, column);
        for (KeyTemplate key : allDerived()) {
            if (key.attribute().equals(name)) {
                return null;
            }
        }
        return name;
    }

    public List<KeyTemplate> allDerived() {
        List<KeyTemplate> all = new ArrayList<>(keys());
        for (KeyTemplate d : derived) {
            if (all.stream().noneMatch(k -> k.attribute().equals(d.attribute()))) {
                all.add(d);
            }
        }
        return all;
    }
}
