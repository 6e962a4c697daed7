package io.lsql.core.rehearse;

import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanLayouts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One source of a rehearsed target with the migration's own layout: how its rows became the items read back. */
record SourceBinding(Target target, TargetSource source, SourceDescription description, ItemLayout layout) {

    static SourceBinding of(Target target, TargetSource source, SourceDescription description) {
        return new SourceBinding(target, source, description, PlanLayouts.layout(description, target, source));
    }

    /** The MySQL table or view the source reads. */
    String table() {
        return source.name();
    }

    List<String> columns() {
        return description.columns().stream().map(SourceColumn::name).toList();
    }

    /** In a target of several sources, the entity value that marks this source's items; else {@code null}. */
    String entityType() {
        return layout.constants().get(TargetSource.ENTITY_ATTRIBUTE);
    }

    /** The attribute column {@code column} is written as (its own name unless renamed), empty when dropped. */
    Optional<String> attributeOf(String column) {
        for (SourceColumn c : description.columns()) {
            if (c.name().equalsIgnoreCase(column)) {
                return layout.drops().contains(c.name()) ? Optional.empty()
                        : Optional.of(layout.renames().getOrDefault(c.name(), c.name()));
            }
        }
        return Optional.empty();
    }

    /** The attributes an index projects ({@code null} for the table or an ALL projection: every attribute). */
    Set<String> projected(String indexName) {
        if (indexName == null) {
            return null;
        }
        Index index = target.indexes().stream().filter(i -> i.name().equals(indexName)).findFirst().orElse(null);
        if (index == null || "ALL".equals(index.projection())) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        layout.keys().forEach(k -> names.add(k.attribute()));
        names.add(index.partitionKey().name());
        if (index.sortKey() != null) {
            names.add(index.sortKey().name());
        }
        names.addAll(index.nonKeyAttributes());
        return names;
    }

    /** The item's row by its table key read back through the templates: {@code ord_id=0003, ord_line_id=0004}. */
    String rowName(Item item) {
        Set<String> parts = new LinkedHashSet<>();
        for (KeyTemplate key : layout.keys()) {
            ItemValue value = item.get(key.attribute()).orElse(null);
            Optional<Map<Integer, String>> texts = value == null ? Optional.empty() : key.columnTexts(value.text());
            if (texts.isPresent()) {
                texts.get().forEach((column, text) -> parts.add(description.columns().get(column).name() + "=" + text));
            } else {
                parts.add(key.attribute() + "=" + (value == null ? "?" : value.text()));
            }
        }
        return String.join(", ", parts);
    }
}
