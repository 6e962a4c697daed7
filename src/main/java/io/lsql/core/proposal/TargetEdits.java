package io.lsql.core.proposal;

import io.lsql.core.design.DesignNames;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.JoinPair;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small edits the candidate families share: typed key templates, key attributes of columns, sources with new keys. */
final class TargetEdits {

    /** Integers are zero-padded to this width in a typed sort key, so text order is numeric order. */
    static final int NUMBER_WIDTH = 20;

    private TargetEdits() {
    }

    /** {@code ORDERS#{ord_id}}: the table's name in capitals, then its columns (integers padded), joined by {@code #}. */
    static String typed(Table table, List<String> columns) {
        return typed(table.name(), table, columns);
    }

    /** {@code CUSTOMERS#{cust_id}} read from {@code table}'s column: a child's key in its parent's collection. */
    static String typed(String entity, Table table, List<String> columns) {
        StringBuilder template = new StringBuilder(entity.toUpperCase(Locale.ROOT)).append('#');
        for (int i = 0; i < columns.size(); i++) {
            Column column = table.column(columns.get(i)).orElseThrow();
            boolean integer = ValueKind.of(column) == ValueKind.INTEGER;
            template.append(i == 0 ? "" : "#").append(KeyTemplate.placeholder(column.name(), integer ? NUMBER_WIDTH : 0));
        }
        return template.toString();
    }

    static KeyAttribute attributeOf(Table table, String column) {
        return new KeyAttribute(column, KeyType.parse(TypeMapping.keyType(table.column(column).orElseThrow()).name()));
    }

    static KeyAttribute text(String attribute) {
        return new KeyAttribute(attribute, KeyType.S);
    }

    /** {@code source} with {@code attribute} filled by {@code template} (replacing what filled it before). */
    static TargetSource withKey(TargetSource source, String attribute, String template) {
        List<KeyTemplateSpec> keys = new ArrayList<>(source.keys().stream().filter(k -> !k.attribute().equals(attribute)).toList());
        keys.add(new KeyTemplateSpec(attribute, template));
        return source.withKeys(keys);
    }

    /** {@code target} with each source keyed for its keys ({@link TargetSource#keyedFor}): stale templates dropped. */
    static Target pruned(Target target) {
        return target.withSources(target.sources().stream().map(s -> s.keyedFor(target)).toList());
    }

    static Index gsi(String name, KeyAttribute partition, KeyAttribute sort) {
        return new Index(DesignNames.indexName(name), partition, sort, "ALL", List.of());
    }

    /**
     * The foreign key from {@code child} to another table that some pattern joins on, the first in pattern order;
     * only keys onto the whole single-column primary key of the parent.
     */
    static Optional<ForeignKey> joinedParent(Schema schema, Table child, List<AccessPattern> patterns) {
        for (AccessPattern pattern : patterns) {
            for (JoinPair pair : pattern.shape().joins()) {
                for (ForeignKey fk : child.foreignKeys()) {
                    Optional<Table> parent = schema.table(fk.referencedTable());
                    if (fk.columns().size() == 1 && parent.isPresent() && parent.get().primaryKey().equals(fk.referencedColumns())
                            && !parent.get().name().equalsIgnoreCase(child.name()) && joins(pair, child, fk)) {
                        return Optional.of(fk);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The summed importance (weight × rate) of the patterns that join {@code child} to its parent along {@code fk}. */
    static double joinImportance(Table child, ForeignKey fk, List<AccessPattern> patterns) {
        return patterns.stream().filter(p -> p.shape().joins().stream().anyMatch(j -> joins(j, child, fk)))
                .mapToDouble(Scorer::importance).sum();
    }

    private static boolean joins(JoinPair pair, Table child, ForeignKey fk) {
        String a = child.name() + "." + fk.columns().get(0);
        String b = fk.referencedTable() + "." + fk.referencedColumns().get(0);
        return (pair.left().equalsIgnoreCase(a) && pair.right().equalsIgnoreCase(b))
                || (pair.left().equalsIgnoreCase(b) && pair.right().equalsIgnoreCase(a));
    }
}
