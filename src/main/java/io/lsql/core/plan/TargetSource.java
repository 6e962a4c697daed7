package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.migrate.MigrationSource;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One source of a target: a table, a view or a query, with how its rows become items.
 *
 * @param id          unique within the plan; names the source's folder in the stage (e.g. {@code Orders})
 * @param kind        TABLE, VIEW or QUERY
 * @param name        the table or view name, or the SELECT of a query
 * @param keys        for each key attribute of the table and its indexes, how this source fills it: a template
 *                    such as {@code CUST#{cust_id}} or a plain {@code {col}}
 * @param entityType  in a single-table target, the value of {@link #ENTITY_ATTRIBUTE} on this source's items (and
 *                    how verify tells them apart); {@code null} for a target with one source
 * @param attributes  every column of the source: its attribute name, or dropped, and its transform
 * @param writeNulls  write NULL columns as NULL attributes instead of leaving them out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "name", "entityType", "keys", "attributes", "writeNulls"})
public record TargetSource(String id, MigrationSource.Kind kind, String name, String entityType, List<KeyTemplateSpec> keys,
                           List<AttributeRule> attributes, boolean writeNulls) {

    /** The attribute that names a source's entity in a single-table target. */
    public static final String ENTITY_ATTRIBUTE = "entity";

    public TargetSource {
        keys = keys == null ? List.of() : List.copyOf(keys);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public MigrationSource migrationSource() {
        return new MigrationSource(kind, name);
    }

    /** The template filling {@code attribute}, or {@code null}. */
    public String template(String attribute) {
        return keys.stream().filter(k -> k.attribute().equals(attribute)).map(KeyTemplateSpec::template).findFirst().orElse(null);
    }

    /**
     * This source's key templates for {@code target}'s keys: a template kept for every attribute still a key of the
     * table or an index, and a plain <code>{column}</code> added for a table key a column is written under; templates
     * of attributes that are no key any more are dropped.
     */
    public TargetSource keyedFor(Target target) {
        List<String> tableKeys = target.sortKey() == null ? List.of(target.partitionKey().name())
                : List.of(target.partitionKey().name(), target.sortKey().name());
        Set<String> keyNames = new LinkedHashSet<>(tableKeys);
        target.indexes().forEach(i -> {
            keyNames.add(i.partitionKey().name());
            if (i.sortKey() != null) {
                keyNames.add(i.sortKey().name());
            }
        });
        List<KeyTemplateSpec> kept = new ArrayList<>();
        for (String name : keyNames) {
            String template = template(name);
            if (template == null && tableKeys.contains(name)) {
                template = attributes.stream().filter(r -> !r.dropped() && r.attributeName().equals(name)).findFirst()
                        .map(r -> KeyTemplate.placeholder(r.column(), 0)).orElse(null);
            }
            if (template != null) {
                kept.add(new KeyTemplateSpec(name, template));
            }
        }
        return withKeys(kept);
    }

    public TargetSource withId(String newId) {
        return new TargetSource(newId, kind, name, entityType, keys, attributes, writeNulls);
    }

    public TargetSource withEntityType(String newEntityType) {
        return new TargetSource(id, kind, name, newEntityType, keys, attributes, writeNulls);
    }

    public TargetSource withKeys(List<KeyTemplateSpec> newKeys) {
        return new TargetSource(id, kind, name, entityType, newKeys, attributes, writeNulls);
    }

    public TargetSource withAttributes(List<AttributeRule> newAttributes) {
        return new TargetSource(id, kind, name, entityType, keys, newAttributes, writeNulls);
    }

    public TargetSource withWriteNulls(boolean newWriteNulls) {
        return new TargetSource(id, kind, name, entityType, keys, attributes, newWriteNulls);
    }
}
