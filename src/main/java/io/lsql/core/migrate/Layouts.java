package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.LsqlException;
import io.lsql.core.design.CreateTableJson;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.KeyDesign;
import io.lsql.core.design.KeyPart;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves a plan against its source into the item layout and the target's CreateTable input. */
public final class Layouts {

    private Layouts() {
    }

    public static ItemLayout layout(SourceDescription source, MigrationPlan plan) {
        List<SourceColumn> columns = source.columns();
        for (String drop : plan.drops()) {
            columns.stream().filter(c -> c.name().equals(drop)).findFirst().orElseThrow(() -> new LsqlException(
                    "Cannot drop unknown column '" + drop + "'."));
        }
        TableDesign design = source.design();
        KeyTemplate partition;
        KeyTemplate sort = null;
        if (plan.partitionKey() != null) {
            partition = KeyTemplate.parse(plan.partitionKey(), "pk", columns);
            if (plan.sortKey() != null) {
                sort = KeyTemplate.parse(plan.sortKey(), "sk", columns);
            }
        } else if (design != null) {
            partition = fromPart(design.key().partitionKey(), columns);
            sort = design.key().sortKey() == null ? null : fromPart(design.key().sortKey(), columns);
            if (plan.sortKey() != null) {
                sort = KeyTemplate.parse(plan.sortKey(), "sk", columns);
            }
        } else {
            throw new LsqlException("A --query source needs --partition-key (a column or a template such as CUST#{cust_id}).");
        }
        if (sort != null && sort.attribute().equals(partition.attribute())) {
            throw new LsqlException("The partition key and the sort key are both named '" + sort.attribute() + "'; name one of them, e.g. SK={ord_id}.");
        }
        List<KeyTemplate> derived = new ArrayList<>();
        List<ItemLayout.IndexKey> indexKeys = new ArrayList<>();
        for (GsiDesign gsi : gsis(design, plan)) {
            for (KeyPart part : gsi.parts()) {
                if (!part.isPlainColumn()) {
                    derived.add(fromPart(part, columns));
                }
                indexKeys.add(new ItemLayout.IndexKey(gsi.indexName(), part.attribute(), part == gsi.partitionKey(),
                        part.type()));
            }
        }
        return new ItemLayout(columns, partition, sort, derived, plan.renames(), new HashSet<>(plan.drops()), plan.writeNulls(),
                indexKeys);
    }

    /**
     * True when no two source rows can share an item key: a table keyed by the advisor on its primary
     * key, a UNIQUE NOT NULL index or a numbered content hash (the key encoding is injective). Views,
     * queries and user-chosen keys can map two rows onto one key, so their exports check every key.
     */
    public static boolean keyIsUnique(SourceDescription source, MigrationPlan plan) {
        TableDesign design = source.design();
        if (plan.partitionKey() != null || plan.sortKey() != null || design == null || source.table() == null
                || source.table().isView()) {
            return false;
        }
        return switch (design.key().source()) {
            case PRIMARY_KEY, UNIQUE_INDEX, SYNTHETIC -> true;
            default -> false;
        };
    }

    /** CreateTable input for the target: the layout's key and the design's GSIs whose attributes the items carry. */
    public static ObjectNode createTable(SourceDescription source, MigrationPlan plan, ItemLayout layout) {
        List<GsiDesign> gsis = new ArrayList<>();
        Set<String> attributes = attributeNames(layout);
        for (GsiDesign gsi : gsis(source.design(), plan)) {
            if (gsi.parts().stream().allMatch(p -> attributes.contains(p.attribute()))) {
                gsis.add(gsi);
            }
        }
        KeyDesign key = new KeyDesign(toPart(layout.partitionKey(), layout), layout.sortKey() == null ? null
                : toPart(layout.sortKey(), layout), io.lsql.core.design.KeySource.PRIMARY_KEY);
        TableDesign target = new TableDesign(null, source.source().name(), null, plan.targetTable(), key, gsis, List.of(),
                List.of(), List.of(), List.of(), 0, 0);
        return CreateTableJson.toJson(target);
    }

    private static List<GsiDesign> gsis(TableDesign design, MigrationPlan plan) {
        if (design == null || plan.partitionKey() != null) {
            return List.of();
        }
        return design.gsis();
    }

    private static Set<String> attributeNames(ItemLayout layout) {
        Set<String> names = new HashSet<>();
        layout.allDerived().forEach(k -> names.add(k.attribute()));
        for (int i = 0; i < layout.columns().size(); i++) {
            String name = layout.attributeName(i);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static KeyTemplate fromPart(KeyPart part, List<SourceColumn> columns) {
        return KeyTemplate.of(part.attribute(), part.template(), columns);
    }

    private static KeyPart toPart(KeyTemplate key, ItemLayout layout) {
        List<String> columns = key.columnIndexes().stream().map(i -> layout.columns().get(i).name()).toList();
        return new KeyPart(key.attribute(), key.type(), columns, key.template());
    }
}
