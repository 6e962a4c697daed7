package io.lsql.core.proposal;

import io.lsql.core.design.DesignNames;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single-table layout (the workshop's S9): every keyed table in one table under generic {@code PK}/{@code SK},
 * items typed by the {@code entity} attribute, each child table in its parent's collection along a foreign key the
 * patterns join on, and one overloaded GSI ({@code GSI1PK}/{@code GSI1SK}) for each table's first other lookup.
 */
final class SingleTableDesign {

    static final String PK = "PK";
    static final String SK = "SK";
    static final String GSI_PK = "GSI1PK";
    static final String GSI_SK = "GSI1SK";

    private SingleTableDesign() {
    }

    static Optional<List<Target>> of(Schema schema, List<Target> baseline, List<AccessPattern> patterns, List<String> notes) {
        Map<Table, ForeignKey> children = CollectionDesigns.children(schema, baseline, patterns, false);
        List<TargetSource> sources = new ArrayList<>();
        List<Target> rest = new ArrayList<>();
        boolean overloaded = false;
        for (Target target : baseline) {
            Table table = CollectionDesigns.table(schema, target);
            if (table.primaryKey().isEmpty()) {
                rest.add(target);
                continue;
            }
            ForeignKey parent = children.get(table);
            List<KeyTemplateSpec> keys = new ArrayList<>();
            keys.add(new KeyTemplateSpec(PK, parent == null ? TargetEdits.typed(table, table.primaryKey().subList(0, 1))
                    : TargetEdits.typed(parent.referencedTable(), table, parent.columns())));
            keys.add(new KeyTemplateSpec(SK, TargetEdits.typed(table, table.primaryKey())));
            Optional<String> lookup = lookup(table, parent, patterns);
            if (lookup.isPresent()) {
                keys.add(new KeyTemplateSpec(GSI_PK, TargetEdits.typed(table, List.of(lookup.get()))));
                keys.add(new KeyTemplateSpec(GSI_SK, TargetEdits.typed(table, table.primaryKey())));
                overloaded = true;
                notes.add(table.name() + " is looked up by " + lookup.get() + " through the overloaded GSI1.");
            }
            sources.add(target.sources().get(0).withKeys(keys).withEntityType(table.name()));
        }
        if (sources.size() < 2) {
            return Optional.empty();
        }
        children.forEach((child, fk) -> notes.add(child.name() + " items live in their " + fk.referencedTable()
                + "'s partition (PK " + fk.referencedTable().toUpperCase(java.util.Locale.ROOT) + "#…)."));
        List<Index> indexes = overloaded ? List.of(TargetEdits.gsi("GSI1", TargetEdits.text(GSI_PK), TargetEdits.text(GSI_SK)))
                : List.of();
        Target single = new Target(DesignNames.tableName(schema.name()), TargetEdits.text(PK), TargetEdits.text(SK), indexes, null,
                BillingMode.PAY_PER_REQUEST, 0, 0, null, null, null, sources);
        List<Target> targets = new ArrayList<>(List.of(single));
        targets.addAll(rest);
        return Optional.of(targets);
    }

    /**
     * The column a table is looked up by that its own key does not serve: a child's own key, else the first column a
     * pattern binds with {@code =} on this table that is not the first column of its primary key.
     */
    private static Optional<String> lookup(Table table, ForeignKey parent, List<AccessPattern> patterns) {
        if (parent != null) {
            return Optional.of(table.primaryKey().get(0));
        }
        String prefix = table.name() + ".";
        for (AccessPattern pattern : patterns) {
            for (String column : pattern.shape().equalityColumns()) {
                if (column.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    String name = column.substring(prefix.length());
                    if (!name.equalsIgnoreCase(table.primaryKey().get(0)) && table.column(name).isPresent()) {
                        return Optional.of(table.column(name).get().name());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
