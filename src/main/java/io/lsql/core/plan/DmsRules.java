package io.lsql.core.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.mapping.Transform;
import io.lsql.core.migrate.MigrationSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS DMS table mappings for a plan: a selection rule and a {@code map-record-to-record} object-mapping
 * rule per table source, and for each source what DMS cannot do the way lsql does (for the README).
 */
final class DmsRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param notes    per source id, each way DMS's items would differ from lsql's
     * @param skipped  per source id, why it has no rule
     */
    record Result(ObjectNode tableMappings, Map<String, List<String>> notes, Map<String, String> skipped) {
    }

    private final String schema;
    private final ArrayNode selections = JSON.createArrayNode();
    private final ArrayNode mappings = JSON.createArrayNode();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();

    private DmsRules(String schema) {
        this.schema = schema;
    }

    static Result of(Plan plan, String schema) {
        DmsRules rules = new DmsRules(schema);
        for (Target target : plan.targets()) {
            for (TargetSource source : target.sources()) {
                String skip = skipReason(target, source);
                if (skip != null) {
                    rules.skipped.put(source.id(), skip);
                } else {
                    rules.add(target, source);
                }
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode all = root.putArray("rules");
        int id = 1;
        for (ArrayNode group : List.of(rules.selections, rules.mappings)) {
            for (int i = 0; i < group.size(); i++) {
                ObjectNode rule = (ObjectNode) group.get(i);
                ObjectNode numbered = JSON.createObjectNode();
                numbered.put("rule-type", rule.get("rule-type").asText());
                numbered.put("rule-id", String.valueOf(id++));
                rule.remove("rule-type");
                numbered.setAll(rule);
                all.add(numbered);
            }
        }
        return new Result(root, rules.notes, rules.skipped);
    }

    private static String skipReason(Target target, TargetSource source) {
        if (target.partitionKey() == null || source.kind() == null) {
            return "the plan gives no partition key or no source kind; lsql plan --check says what to fix";
        }
        if (source.kind() != MigrationSource.Kind.TABLE) {
            return source.kind() == MigrationSource.Kind.VIEW ? "a view has no change stream of its own; DMS replicates its base tables"
                    : "a query has no change stream; DMS replicates tables only";
        }
        for (KeyTemplateSpec key : source.keys()) {
            DmsValue value = DmsValue.of(key.template());
            if (value.sharded()) {
                return "its key " + key.attribute() + " holds a shard number (a hash of a column), which DMS cannot compute";
            }
            if (value.value() == null) {
                return "its key " + key.attribute() + " is a content hash of the row, which DMS cannot compute";
            }
        }
        for (KeyAttribute key : SourceCheck.tableKeys(target)) {
            if (key.type() == KeyType.B) {
                return "its key " + key.name() + " is binary (B); DMS writes string, number and boolean attributes only";
            }
        }
        return null;
    }

    private void add(Target target, TargetSource source) {
        ObjectNode selection = selections.addObject();
        selection.put("rule-type", "selection");
        selection.put("rule-name", "select-" + source.id());
        locator(selection, source);
        selection.put("rule-action", "include");

        ObjectNode mapping = mappings.addObject();
        mapping.put("rule-type", "object-mapping");
        mapping.put("rule-name", "map-" + source.id());
        mapping.put("rule-action", "map-record-to-record");
        locator(mapping, source);
        mapping.put("target-table-name", target.table());
        ObjectNode parameters = mapping.putObject("mapping-parameters");
        parameters.put("partition-key-name", target.partitionKey().name());
        if (target.sortKey() != null) {
            parameters.put("sort-key-name", target.sortKey().name());
        }
        List<String> sourceNotes = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        ArrayNode attributes = JSON.createArrayNode();
        keys(target, source, attributes, excluded, sourceNotes);
        columns(source, attributes, excluded, sourceNotes);
        if (source.entityType() != null) {
            attribute(attributes, TargetSource.ENTITY_ATTRIBUTE, "string", source.entityType());
        }
        if (!excluded.isEmpty()) {
            ArrayNode exclude = parameters.putArray("exclude-columns");
            excluded.forEach(exclude::add);
        }
        parameters.set("attribute-mappings", attributes);
        if (source.writeNulls()) {
            sourceNotes.add("writeNulls is set, but DMS leaves NULL columns out of the item");
        }
        notes.put(source.id(), sourceNotes);
    }

    private void locator(ObjectNode rule, TargetSource source) {
        ObjectNode locator = rule.putObject("object-locator");
        locator.put("schema-name", schema);
        locator.put("table-name", source.name());
    }

    /** Every key attribute the source fills, typed as the table or index declares it. */
    private static void keys(Target target, TargetSource source, ArrayNode attributes, Set<String> excluded, List<String> notes) {
        Map<String, KeyType> declared = SourceCheck.declaredKeys(target);
        for (KeyTemplateSpec key : source.keys()) {
            DmsValue value = DmsValue.of(key.template());
            KeyType type = declared.getOrDefault(key.attribute(), KeyType.S);
            attribute(attributes, key.attribute(), type == KeyType.N ? "number" : "string", value.value());
            if (value.isPlainCopy(key.attribute())) {
                excluded.add(value.columns().get(0));
            }
            if (value.padded()) {
                notes.add("key " + key.attribute() + " = " + key.template() + " zero-pads numbers and DMS does not: a change DMS "
                        + "applies writes a new item instead of updating the one lsql loaded; key the target on plain columns first");
            }
            boolean indexOnly = SourceCheck.tableKeys(target).stream().noneMatch(k -> k.name().equals(key.attribute()));
            if (indexOnly && value.columns().size() == 1 && !value.isPlainCopy(key.attribute())) {
                notes.add("index key " + key.attribute() + " = " + key.template() + " is left out by lsql when the value is "
                        + "empty, so the index stays sparse; DMS writes it, and DynamoDB refuses an empty index key, so such a "
                        + "change fails and DMS logs it");
            }
            if (value.escaped()) {
                notes.add("key " + key.attribute() + " = " + key.template() + " joins several columns; lsql writes '#' and '$' "
                        + "inside a value as '$#' and '$$', DMS copies them as they are, so rows with such values get other keys");
            }
        }
    }

    /** Renamed, dropped and retyped columns; DMS copies every other column under its own name. */
    private static void columns(TargetSource source, ArrayNode attributes, Set<String> excluded, List<String> notes) {
        Set<String> keyAttributes = new LinkedHashSet<>();
        source.keys().forEach(k -> keyAttributes.add(k.attribute()));
        for (AttributeRule rule : source.attributes()) {
            if (rule.dropped()) {
                excluded.add(rule.column());
                continue;
            }
            String name = rule.attribute() != null ? rule.attribute() : rule.column();
            Transform transform = rule.transform();
            boolean retyped = transform == Transform.STRING || transform == Transform.NUMBER;
            if ((rule.renamed() || retyped) && !keyAttributes.contains(name)) {
                boolean number = transform == Transform.NUMBER || (transform == Transform.DEFAULT && "N".equals(rule.type()));
                attribute(attributes, name, number ? "number" : "string", "${" + rule.column() + "}");
                excluded.add(rule.column());
            }
            if (!retyped && transform != Transform.DEFAULT) {
                notes.add("column " + rule.column() + " has transform " + transform.id()
                        + ", which DMS does not apply: it writes the column with its own type mapping");
            }
        }
    }

    private static void attribute(ArrayNode attributes, String name, String subType, String value) {
        ObjectNode attribute = attributes.addObject();
        attribute.put("target-attribute-name", name);
        attribute.put("attribute-type", "scalar");
        attribute.put("attribute-sub-type", subType);
        attribute.put("value", value);
    }
}
