package io.lsql.core.plan;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.mapping.Transform;
import io.lsql.core.schema.Column;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** The checks of one source of a target against the columns the server gives it. */
final class SourceCheck {

    private final Target target;
    private final TargetSource source;
    private final List<Column> columns;
    private final Consumer<String> problems;

    private SourceCheck(Target target, TargetSource source, List<Column> columns, Consumer<String> problems) {
        this.target = target;
        this.source = source;
        this.columns = columns;
        this.problems = problems;
    }

    /** Reports each problem of {@code source} as one line naming the target and the source. */
    static void check(Target target, TargetSource source, SourceColumns found, Consumer<String> problems) {
        String where = "target " + target.table() + ", source " + source.id() + ": ";
        if (!found.isFound()) {
            problems.accept(where + found.problem() + ".");
            return;
        }
        SourceCheck check = new SourceCheck(target, source, found.columns(), p -> problems.accept(where + p + "."));
        check.keys();
        check.attributes();
        check.ttl();
    }

    private void keys() {
        Map<String, KeyType> declared = declaredKeys(target);
        for (KeyAttribute key : tableKeys(target)) {
            if (source.template(key.name()) == null) {
                problems.accept("no key template for " + (key == target.partitionKey() ? "partition" : "sort") + " key "
                        + key.name() + "; add {\"attribute\": \"" + key.name() + "\", \"template\": \"{column}\"}");
            }
        }
        declared.forEach((name, type) -> {
            if (source.template(name) == null && tableKeys(target).stream().noneMatch(k -> k.name().equals(name))) {
                plainIndexKey(name, type);
            }
        });
        List<SourceColumn> sourceColumns = columns.stream().map(SourceColumn::of).toList();
        for (KeyTemplateSpec spec : source.keys()) {
            KeyType type = declared.get(spec.attribute());
            if (type == null) {
                problems.accept("key template " + spec.attribute() + " fills an attribute that is no key of the table or its indexes");
                continue;
            }
            template(spec, sourceColumns).filter(t -> !t.type().name().equals(type.name())).ifPresent(t -> problems.accept(
                    "key " + spec.attribute() + " is declared " + type.name() + " but its template " + spec.template()
                            + " gives " + t.type()));
        }
    }

    /** An index key this source fills with a column's own attribute: the column must be written as the declared type. */
    private void plainIndexKey(String name, KeyType declared) {
        for (AttributeRule rule : source.attributes()) {
            if (rule.dropped() || !rule.attributeName().equals(name)) {
                continue;
            }
            writtenAs(rule).filter(written -> !written.name().equals(declared.name())).ifPresent(written -> problems.accept(
                    "index key " + name + " is declared " + declared.name() + " but column " + rule.column() + " is written as "
                            + written + "; change the index key type or the column's transform"));
        }
    }

    private Optional<KeyTemplate> template(KeyTemplateSpec spec, List<SourceColumn> sourceColumns) {
        if (spec.template() == null || spec.template().isBlank()) {
            problems.accept("key " + spec.attribute() + " has an empty template");
            return Optional.empty();
        }
        try {
            return Optional.of(KeyTemplate.of(spec.attribute(), spec.template(), sourceColumns));
        } catch (LsqlException e) {
            problems.accept("key " + spec.attribute() + ": " + SourceColumns.stripPeriod(e.getMessage()));
            return Optional.empty();
        }
    }

    private void attributes() {
        Set<String> names = new HashSet<>();
        for (AttributeRule rule : source.attributes()) {
            Column column = column(rule.column()).orElse(null);
            if (column == null) {
                problems.accept("attribute rule names unknown column " + rule.column());
                continue;
            }
            String misfit = Transform.check(SourceColumn.of(column), rule.transform());
            if (misfit != null) {
                problems.accept(SourceColumns.stripPeriod(misfit));
            }
            if (rule.dropped()) {
                continue;
            }
            String name = rule.attributeName();
            if (name.isEmpty()) {
                problems.accept("column " + rule.column() + " is renamed to an empty attribute name");
            } else if (!names.add(name)) {
                problems.accept("two columns are written as attribute " + name + "; rename or drop one");
            } else if (target.singleTable() && name.equals(TargetSource.ENTITY_ATTRIBUTE)) {
                problems.accept("column " + rule.column() + " is written as " + name
                        + ", the attribute that names each source's entity in a single-table target; rename it");
            }
        }
    }

    private void ttl() {
        if (target.ttlAttribute() == null) {
            return;
        }
        for (AttributeRule rule : source.attributes()) {
            if (!rule.dropped() && rule.attributeName().equals(target.ttlAttribute())) {
                writtenAs(rule).filter(t -> t != AttributeType.N)
                        .ifPresent(t -> problems.accept("TTL attribute " + target.ttlAttribute() + " is written as " + t
                                + "; DynamoDB expires items by an N attribute of epoch seconds (use transform epoch-seconds)"));
                return;
            }
        }
        problems.accept("no column is written as the TTL attribute " + target.ttlAttribute());
    }

    /** The type the rule's column is written as; empty when the column is unknown or the transform does not fit it. */
    private Optional<AttributeType> writtenAs(AttributeRule rule) {
        return column(rule.column()).map(SourceColumn::of).filter(c -> Transform.check(c, rule.transform()) == null)
                .map(c -> Transform.attributeType(c, rule.transform()));
    }

    private Optional<Column> column(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Column> exact = columns.stream().filter(c -> c.name().equals(name)).findFirst();
        return exact.isPresent() ? exact : columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    static List<KeyAttribute> tableKeys(Target target) {
        List<KeyAttribute> keys = new ArrayList<>();
        if (target.partitionKey() != null) {
            keys.add(target.partitionKey());
        }
        if (target.sortKey() != null) {
            keys.add(target.sortKey());
        }
        return keys;
    }

    /** Every key attribute of the table and its indexes with its declared type (the first declaration wins). */
    static Map<String, KeyType> declaredKeys(Target target) {
        Map<String, KeyType> declared = new LinkedHashMap<>();
        List<KeyAttribute> keys = new ArrayList<>(tableKeys(target));
        for (Index index : target.indexes()) {
            keys.add(index.partitionKey());
            keys.add(index.sortKey());
        }
        keys.stream().filter(k -> k != null && k.name() != null && k.type() != null).forEach(k -> declared.putIfAbsent(k.name(), k.type()));
        return declared;
    }
}
