package io.lsql.core.proposal;

import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The families that put related rows together: item collections (each child table under its parent's partition key,
 * along a foreign key the patterns join on) and the single-table layout (every table in one table with generic keys).
 */
final class CollectionDesigns {

    static final String SORT_KEY = "sk";

    private CollectionDesigns() {
    }

    /**
     * Child table -> the foreign key to its parent, one level deep: the foreign keys the patterns join on, the most
     * important joins first (ties in target order); a table that became a parent is no child, and the reverse.
     */
    static Map<Table, ForeignKey> children(Schema schema, List<Target> baseline, List<AccessPattern> patterns,
                                           boolean parentWithoutSortKey) {
        Map<Table, ForeignKey> joined = new LinkedHashMap<>();
        Map<Table, Double> importance = new LinkedHashMap<>();
        for (Target target : baseline) {
            Table child = table(schema, target);
            TargetEdits.joinedParent(schema, child, patterns).ifPresent(fk -> {
                joined.put(child, fk);
                importance.put(child, TargetEdits.joinImportance(child, fk, patterns));
            });
        }
        Map<Table, ForeignKey> children = new LinkedHashMap<>();
        List<String> parents = new ArrayList<>();
        joined.keySet().stream().sorted(java.util.Comparator.comparingDouble(t -> -importance.get(t))).forEach(child -> {
            ForeignKey fk = joined.get(child);
            Optional<Target> parent = find(baseline, fk.referencedTable());
            if (!isChild(children, fk.referencedTable()) && !parents.contains(key(child.name())) && parent.isPresent()
                    && (!parentWithoutSortKey || parent.get().sortKey() == null)) {
                children.put(child, fk);
                parents.add(key(fk.referencedTable()));
            }
        });
        return children;
    }

    /** Item collections, or empty when no pattern joins a child to a parent keyed on one column. */
    static Optional<List<Target>> itemCollections(Schema schema, List<Target> baseline, List<AccessPattern> patterns,
                                                  List<String> notes) {
        Map<Table, ForeignKey> children = children(schema, baseline, patterns, true);
        if (children.isEmpty()) {
            return Optional.empty();
        }
        List<Target> targets = new ArrayList<>();
        for (Target target : baseline) {
            Table table = table(schema, target);
            if (children.containsKey(table)) {
                continue;
            }
            List<Map.Entry<Table, ForeignKey>> mine = children.entrySet().stream()
                    .filter(e -> e.getValue().referencedTable().equalsIgnoreCase(table.name())).toList();
            targets.add(mine.isEmpty() ? target : collection(schema, target, table, mine, baseline, notes));
        }
        return Optional.of(targets);
    }

    private static Target collection(Schema schema, Target parent, Table parentTable, List<Map.Entry<Table, ForeignKey>> children,
                                     List<Target> baseline, List<String> notes) {
        TargetSource parentSource = TargetEdits.withKey(parent.sources().get(0), SORT_KEY,
                TargetEdits.typed(parentTable, parentTable.primaryKey())).withEntityType(parentTable.name());
        List<TargetSource> sources = new ArrayList<>(List.of(parentSource));
        List<Index> indexes = new ArrayList<>(parent.indexes());
        String partition = parent.partitionKey().name();
        for (Map.Entry<Table, ForeignKey> entry : children) {
            Table child = entry.getKey();
            Target childTarget = find(baseline, child.name()).orElseThrow();
            String fkColumn = entry.getValue().columns().get(0);
            TargetSource childSource = childTarget.sources().get(0);
            List<Index> kept = childTarget.indexes().stream().filter(i -> !i.partitionKey().name().equals(partition)
                    && !byParent(childSource, i, fkColumn)).toList();
            List<KeyTemplateSpec> keys = new ArrayList<>();
            keys.add(new KeyTemplateSpec(partition, io.lsql.core.mapping.KeyTemplate.placeholder(entry.getValue().columns().get(0), 0)));
            keys.add(new KeyTemplateSpec(SORT_KEY, TargetEdits.typed(child, child.primaryKey())));
            childTarget.sources().get(0).keys().stream().filter(k -> kept.stream().anyMatch(i -> usesAttribute(i, k.attribute())))
                    .forEach(keys::add);
            sources.add(childTarget.sources().get(0).withKeys(keys).withEntityType(child.name()));
            kept.forEach(i -> indexes.add(indexes.stream().anyMatch(x -> x.name().equals(i.name()))
                    ? TargetEdits.gsi(child.name() + "_" + i.name(), i.partitionKey(), i.sortKey()) : i));
            List<String> pk = child.primaryKey();
            indexes.add(TargetEdits.gsi(child.name() + "_key", TargetEdits.attributeOf(child, pk.get(0)),
                    pk.size() > 1 ? TargetEdits.attributeOf(child, pk.get(1)) : null));
            notes.add(child.name() + " rows live under their " + parentTable.name() + "'s partition key " + partition
                    + " with sort key " + keys.get(1).template() + "; GSI " + child.name() + "_key keeps lookups by "
                    + String.join(", ", pk) + ".");
        }
        return parent.withKeys(parent.partitionKey(), TargetEdits.text(SORT_KEY)).withSources(sources).withIndexes(indexes);
    }

    /** True when the GSI is keyed on the foreign-key column alone: the collection's partition already serves it. */
    private static boolean byParent(TargetSource child, Index index, String fkColumn) {
        String template = child.template(index.partitionKey().name());
        return index.partitionKey().name().equals(fkColumn)
                || io.lsql.core.mapping.KeyTemplate.placeholder(fkColumn, 0).equals(template);
    }

    private static boolean usesAttribute(Index index, String attribute) {
        return index.partitionKey().name().equals(attribute) || (index.sortKey() != null && index.sortKey().name().equals(attribute));
    }

    static Table table(Schema schema, Target target) {
        return schema.table(target.sources().get(0).name()).orElseThrow();
    }

    static Optional<Target> find(List<Target> targets, String table) {
        return targets.stream().filter(t -> t.sources().stream().anyMatch(s -> s.name().equalsIgnoreCase(table))).findFirst();
    }

    private static boolean isChild(Map<Table, ForeignKey> children, String table) {
        return children.keySet().stream().anyMatch(t -> t.name().equalsIgnoreCase(table));
    }

    static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
