package io.lsql.core.codegen;

import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.util.List;
import java.util.Optional;

/** What the code generator writes for one designed table, resolved from its plan target and source columns. */
final class CodegenModel {

    private CodegenModel() {
    }

    /**
     * One source column in the generated class.
     *
     * @param attribute the attribute holding it, or {@code null} when it only feeds keys (dropped from the item)
     * @param sqlType   the MySQL column type, for javadoc
     */
    record Field(String column, String attribute, String name, JavaType type, String sqlType) {

        String getter() {
            return accessor("get");
        }

        String setter() {
            return accessor("set");
        }

        private String accessor(String prefix) {
            return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    /**
     * A key attribute as one source fills it.
     *
     * @param template {@code null} when the attribute is a column's own attribute (no template)
     * @param columns  the fields the value is built from, in template order
     */
    record KeyValue(String attribute, KeyTemplate template, List<Field> columns) {

        /** True when the value is one column's value as it is: no literal text, no padding. */
        boolean isCopy() {
            return template == null || template.parts().size() == 1 && template.parts().get(0).literal() == null
                    && template.parts().get(0).padWidth() == 0;
        }
    }

    /**
     * A query method: on the table's partition key ({@code indexName == null}) or on a GSI's.
     *
     * @param allProjected true when the index holds whole items (projection ALL, or the table itself)
     */
    record Query(String indexName, String method, KeyValue key, boolean allProjected) {
    }

    /**
     * The items of one source.
     *
     * @param entityType the value of {@link TargetSource#ENTITY_ATTRIBUTE} in a single-table target, else {@code null}
     * @param derived    key attributes of indexes built from columns (not the table's own key)
     */
    record Entity(String className, TargetSource source, String entityType, List<Field> fields, KeyValue partitionKey,
                  KeyValue sortKey, List<KeyValue> derived, List<Query> queries) {

        List<KeyValue> tableKeys() {
            return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
        }

        /** The fields the table key is built from, each once. */
        List<Field> keyFields() {
            return tableKeys().stream().flatMap(k -> k.columns().stream()).distinct().toList();
        }

        /** Fields kept as attributes of their own besides the table key attributes, in column order. */
        List<Field> storedFields() {
            List<String> keyAttributes = tableKeys().stream().map(KeyValue::attribute).toList();
            return fields.stream().filter(f -> f.attribute() != null && !keyAttributes.contains(f.attribute())).toList();
        }

        /** Stored fields that no table key is built from: changing them keeps the item's key. */
        List<Field> valueFields() {
            return storedFields().stream().filter(f -> !keyFields().contains(f)).toList();
        }

        Optional<Field> fieldOfAttribute(String attribute) {
            return fields.stream().filter(f -> attribute.equals(f.attribute())).findFirst();
        }
    }

    /**
     * One DynamoDB table: its DAO, written with the Enhanced Client when {@code enhanced}, else with the low-level client.
     */
    record Table(Target target, String daoName, boolean enhanced, List<Entity> entities) {
    }
}
