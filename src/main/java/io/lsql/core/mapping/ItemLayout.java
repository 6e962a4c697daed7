package io.lsql.core.mapping;

import io.lsql.core.LsqlException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What goes into each item: the key (partition, optional sort), other derived attributes (e.g. a
 * GSI's composite sort key), every source column under its own name unless renamed or dropped, then
 * the constants. NULL leaves the attribute out unless {@code writeNulls}. {@code indexKeys} names the
 * attributes the table's indexes are keyed on, so no item is written that the key schema refuses.
 *
 * <p>{@code transforms} (by source column name; absent means {@link Transform#DEFAULT}) change how a
 * column's own attribute is written. Key attributes are built from the value as stored, whatever the
 * column's transform: a key {@code {created_at}} over a DATETIME written as epoch seconds stays the ISO
 * text, so keys never change with a display choice. {@code constants} (attribute name to text) are
 * written as S on every item, e.g. the entity type of a single-table design; a constant may not share
 * its name with another attribute of the item.
 */
public record ItemLayout(List<SourceColumn> columns, KeyTemplate partitionKey, KeyTemplate sortKey,
                         List<KeyTemplate> derived, Map<String, String> renames, Set<String> drops, boolean writeNulls,
                         List<IndexKey> indexKeys, Map<String, Transform> transforms, Map<String, String> constants) {

    /**
     * One key attribute of a secondary index: its values must be non-empty S, N or B within the size limits.
     *
     * @param type the type the index declares for the attribute, so a transformed column that would no longer
     *             match it is refused when the layout is built; {@code null} when not known
     */
    public record IndexKey(String index, String attribute, boolean partition, AttributeType type) {

        public IndexKey(String index, String attribute, boolean partition) {
            this(index, attribute, partition, null);
        }
    }

    public ItemLayout {
        columns = List.copyOf(columns);
        derived = List.copyOf(derived);
        renames = Map.copyOf(renames);
        drops = Set.copyOf(drops);
        indexKeys = List.copyOf(indexKeys);
        transforms = checkedTransforms(columns, transforms);
        checkIndexTypes(columns, transforms, renames, drops, indexKeys, keyAttributes(partitionKey, sortKey, derived));
        constants = checkedConstants(constants, attributeNames(columns, partitionKey, sortKey, derived, renames, drops));
    }

    /** A layout without transforms or constants. */
    public ItemLayout(List<SourceColumn> columns, KeyTemplate partitionKey, KeyTemplate sortKey, List<KeyTemplate> derived,
                      Map<String, String> renames, Set<String> drops, boolean writeNulls, List<IndexKey> indexKeys) {
        this(columns, partitionKey, sortKey, derived, renames, drops, writeNulls, indexKeys, Map.of(), Map.of());
    }

    /**
     * The same layout with these transforms, by source column name.
     *
     * @throws LsqlException naming the column when a transform does not fit its type ({@link Transform#check})
     */
    public ItemLayout withTransforms(Map<String, Transform> newTransforms) {
        return new ItemLayout(columns, partitionKey, sortKey, derived, renames, drops, writeNulls, indexKeys, newTransforms,
                constants);
    }

    /**
     * The same layout with these constant S attributes on every item.
     *
     * @throws LsqlException when a constant is named like a column's attribute or a key
     */
    public ItemLayout withConstants(Map<String, String> newConstants) {
        return new ItemLayout(columns, partitionKey, sortKey, derived, renames, drops, writeNulls, indexKeys, transforms,
                newConstants);
    }

    /** The transform of column {@code index}. */
    public Transform transform(int index) {
        return transforms.getOrDefault(columns.get(index).name(), Transform.DEFAULT);
    }

    /** The type column {@code index}'s own attribute is written as, under its transform. */
    public AttributeType attributeType(int index) {
        return Transform.attributeType(columns.get(index), transform(index));
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

    private static Map<String, Transform> checkedTransforms(List<SourceColumn> columns, Map<String, Transform> transforms) {
        Map<String, Transform> kept = new TreeMap<>();
        for (Map.Entry<String, Transform> e : (transforms == null ? Map.<String, Transform>of() : transforms).entrySet()) {
            SourceColumn column = columns.stream().filter(c -> c.name().equals(e.getKey())).findFirst().orElseThrow(() ->
                    new LsqlException("Cannot transform unknown column '" + e.getKey() + "'; the source has: "
                            + String.join(", ", columns.stream().map(SourceColumn::name).toList()) + "."));
            String refused = Transform.check(column, e.getValue());
            if (refused != null) {
                throw new LsqlException(refused);
            }
            if (e.getValue() != null && e.getValue() != Transform.DEFAULT) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(kept);
    }

    /**
     * An index keyed on a column's own attribute needs the type it declares: a transform that writes another
     * type would have DynamoDB refuse every item, so it is refused here.
     */
    private static void checkIndexTypes(List<SourceColumn> columns, Map<String, Transform> transforms,
                                        Map<String, String> renames, Set<String> drops, List<IndexKey> indexKeys,
                                        Set<String> keyAttributes) {
        for (SourceColumn column : columns) {
            Transform transform = transforms.get(column.name());
            String attribute = renames.getOrDefault(column.name(), column.name());
            if (transform == null || drops.contains(column.name()) || keyAttributes.contains(attribute)) {
                continue;
            }
            AttributeType written = Transform.attributeType(column, transform);
            for (IndexKey key : indexKeys) {
                if (key.attribute().equals(attribute) && key.type() != null && key.type() != written) {
                    throw new LsqlException("Column " + column.name() + " is written as " + written + " (transform "
                            + transform.id() + ") but index " + key.index() + " is keyed on it as " + key.type()
                            + "; keep the column's type or key the index on another attribute.");
                }
            }
        }
    }

    /** Constants in name order, so every export writes an item's attributes in the same order. */
    private static Map<String, String> checkedConstants(Map<String, String> constants, Set<String> attributes) {
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String> e : (constants == null ? Map.<String, String>of() : constants).entrySet()) {
            String name = e.getKey();
            if (name == null || name.isEmpty()) {
                throw new LsqlException("A constant attribute needs a name.");
            }
            if (e.getValue() == null) {
                throw new LsqlException("The constant attribute '" + name + "' needs a value.");
            }
            if (attributes.contains(name)) {
                throw new LsqlException("The constant attribute '" + name + "' is named like an attribute the item already"
                        + " has; rename the constant, or rename or drop that column.");
            }
            kept.put(name, e.getValue());
        }
        return Collections.unmodifiableMap(kept);
    }

    /** The attributes built by key templates, which write the stored value whatever the column's transform. */
    private static Set<String> keyAttributes(KeyTemplate partitionKey, KeyTemplate sortKey, List<KeyTemplate> derived) {
        Set<String> names = new HashSet<>();
        if (partitionKey != null) {
            names.add(partitionKey.attribute());
        }
        if (sortKey != null) {
            names.add(sortKey.attribute());
        }
        derived.forEach(d -> names.add(d.attribute()));
        return names;
    }

    private static Set<String> attributeNames(List<SourceColumn> columns, KeyTemplate partitionKey, KeyTemplate sortKey,
                                              List<KeyTemplate> derived, Map<String, String> renames, Set<String> drops) {
        Set<String> names = keyAttributes(partitionKey, sortKey, derived);
        for (SourceColumn column : columns) {
            if (!drops.contains(column.name())) {
                names.add(renames.getOrDefault(column.name(), column.name()));
            }
        }
        return names;
    }
}
