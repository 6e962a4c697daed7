package io.lsql.core.codegen;

import io.lsql.core.LsqlException;
import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.codegen.CodegenModel.Query;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanLayouts;
import io.lsql.core.schema.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves a plan target into the generator's model through the migration's own item layout
 * ({@link PlanLayouts#layout}), so generated code writes exactly the keys and attributes a migration writes.
 */
final class ModelBuilder {

    private ModelBuilder() {
    }

    /**
     * @param columns the columns of each source of {@code target}, by source
     * @param classes the package's class names, to claim the DAO's and the item classes' names in
     * @throws LsqlException with one sentence when generated code cannot express the target
     */
    static CodegenModel.Table build(Target target, Function<TargetSource, List<Column>> columns,
                                    NameScope classes) {
        String tableClass = JavaNames.className(target.table());
        List<Entity> entities = new ArrayList<>();
        for (TargetSource source : target.sources()) {
            String name = target.singleTable() ? JavaNames.className(source.kind() == MigrationSource.Kind.QUERY
                    ? source.id() : source.name()) : tableClass;
            entities.add(entity(target, source, columns.apply(source), classes.claim(name)));
        }
        String dao = classes.claim(tableClass + "Dao");
        return new CodegenModel.Table(target, dao, !target.singleTable() && enhanced(entities.get(0)), entities);
    }

    private static Entity entity(Target target, TargetSource source, List<Column> columns, String className) {
        List<SourceColumn> sourceColumns = columns.stream().map(SourceColumn::of).toList();
        ItemLayout layout = PlanLayouts.layout(new SourceDescription(source.migrationSource(), sourceColumns, null, null),
                target, source);
        if (layout.allDerived().stream().anyMatch(KeyTemplate::isRowHash)) {
            throw new LsqlException("Target " + target.table() + " is keyed on a content hash ({#rowhash}); generated code "
                    + "needs keys built from columns.");
        }
        if (layout.allDerived().stream().anyMatch(KeyTemplate::sharded)) {
            throw new LsqlException("Target " + target.table() + " has a sharded key ({col%N}); generated code needs keys "
                    + "built from columns, so write its shard numbers in the application.");
        }
        List<Field> fields = fields(target, source, layout);
        List<Field> byColumn = new ArrayList<>();
        for (SourceColumn column : sourceColumns) {
            byColumn.add(fields.stream().filter(f -> f.column().equals(column.name())).findFirst().orElse(null));
        }
        KeyValue partition = keyValue(target, layout.partitionKey(), byColumn);
        KeyValue sort = layout.sortKey() == null ? null : keyValue(target, layout.sortKey(), byColumn);
        List<KeyValue> derived = new ArrayList<>();
        for (KeyTemplate template : layout.allDerived()) {
            if (template != layout.partitionKey() && template != layout.sortKey()) {
                derived.add(keyValue(target, template, byColumn));
            }
        }
        String entityType = target.singleTable() ? source.entityType() : null;
        Entity entity = new Entity(className, source, entityType, fields, partition, sort, derived, List.of());
        return new Entity(className, source, entityType, fields, partition, sort, derived, queries(target, entity));
    }

    private static List<Field> fields(Target target, TargetSource source, ItemLayout layout) {
        NameScope names = new NameScope(Set.of());
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            SourceColumn column = layout.columns().get(i);
            boolean dropped = layout.drops().contains(column.name());
            String attribute = layout.attributeName(i);
            if (attribute == null && !dropped) {
                attribute = keptInPlainKey(target, source, layout, i);
            }
            int at = i;
            boolean feedsKey = layout.allDerived().stream().anyMatch(k -> k.columnIndexes().contains(at));
            if (attribute == null && !feedsKey) {
                continue;
            }
            boolean unsignedBigint = column.column().unsigned() && "bigint".equals(column.column().dataType().toLowerCase(Locale.ROOT));
            JavaType type = JavaType.of(layout.attributeType(i), column.kind(), unsignedBigint, layout.transform(i));
            fields.add(new Field(column.name(), attribute, names.claim(JavaNames.memberName(column.name())), type,
                    column.column().columnType()));
        }
        return fields;
    }

    /** The key attribute that holds column {@code index} as it is, or a refusal when only a composite key holds it. */
    private static String keptInPlainKey(Target target, TargetSource source, ItemLayout layout, int index) {
        String column = layout.columns().get(index).name();
        String name = layout.renames().getOrDefault(column, column);
        for (KeyTemplate key : layout.allDerived()) {
            if (key.attribute().equals(name) && key.copiesColumn(layout.columns()) && key.columnIndexes().equals(List.of(index))) {
                return name;
            }
        }
        throw new LsqlException("Target " + target.table() + ", source " + source.id() + ": column " + column
                + " is kept only inside the key " + name + "; name that key attribute apart from the column to generate code.");
    }

    private static KeyValue keyValue(Target target, KeyTemplate template, List<Field> byColumn) {
        List<Field> fields = new ArrayList<>();
        for (int index : template.columnIndexes()) {
            Field field = byColumn.get(index);
            if (!field.type().canBeKey()) {
                throw new LsqlException("Target " + target.table() + ": key " + template.attribute() + " is built from column "
                        + field.column() + ", whose " + field.type().javaName() + " values cannot be a key.");
            }
            fields.add(field);
        }
        return new KeyValue(template.attribute(), template, fields);
    }

    private static List<Query> queries(Target target, Entity entity) {
        NameScope methods = new NameScope(Set.of());
        String prefix = target.singleTable() ? "query" + entity.className() + "By" : "queryBy";
        List<Query> queries = new ArrayList<>();
        if (target.sortKey() != null) {
            queries.add(new Query(null, methods.claim(prefix + JavaNames.className(target.partitionKey().name())),
                    entity.partitionKey(), true));
        }
        for (Index index : target.indexes()) {
            KeyValue key = indexKey(entity, index.partitionKey().name());
            if (key != null) {
                queries.add(new Query(index.name(), methods.claim(prefix + JavaNames.className(index.name())), key,
                        "ALL".equals(index.projection())));
            }
        }
        return queries;
    }

    /** How {@code entity} fills an index key attribute: a template, its own column attribute, or not at all ({@code null}). */
    private static KeyValue indexKey(Entity entity, String attribute) {
        for (KeyValue key : entity.tableKeys()) {
            if (key.attribute().equals(attribute)) {
                return key;
            }
        }
        for (KeyValue key : entity.derived()) {
            if (key.attribute().equals(attribute)) {
                return key;
            }
        }
        return entity.fieldOfAttribute(attribute).filter(f -> f.type().canBeKey())
                .map(f -> new KeyValue(attribute, null, List.of(f))).orElse(null);
    }

    /**
     * True when a bean expresses the design: every key attribute is a column's value as it is and of the column's
     * type, the table's key attributes are the columns' own attributes, and no value needs the low-level client.
     */
    static boolean enhanced(Entity entity) {
        if (entity.fields().stream().anyMatch(f -> f.type() == JavaType.RAW || f.attribute() == null)) {
            return false;
        }
        List<KeyValue> keys = new ArrayList<>(entity.tableKeys());
        keys.addAll(entity.derived());
        for (KeyValue key : keys) {
            Field field = key.columns().get(0);
            if (!key.isCopy() || field.type().enhancedType() != key.template().type()) {
                return false;
            }
        }
        return entity.tableKeys().stream().allMatch(k -> k.attribute().equals(k.columns().get(0).attribute()));
    }
}
