package io.lsql.core.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.LsqlException;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * DynamoDB's own rules for table definitions, enforced by lsql before any work because emulators
 * (moto, DynamoDB Local) accept input that DynamoDB refuses. Each check fails with one sentence.
 * Item-level limits (key and item byte sizes) are the item encoder's.
 */
public final class DynamoRules {

    public static final int MAX_GSIS = 20;
    public static final int MAX_LSIS = 5;
    public static final int MAX_PROJECTED_ATTRIBUTES = 100;
    public static final int MAX_KEY_ATTRIBUTE_NAME_BYTES = 255;
    private static final String NAME_PATTERN = "[a-zA-Z0-9_.-]{3,255}";
    private static final Set<String> KEY_TYPES = Set.of("S", "N", "B");
    private static final Set<String> PROJECTIONS = Set.of("ALL", "KEYS_ONLY", "INCLUDE");

    private DynamoRules() {
    }

    /** A table name DynamoDB accepts: 3–255 characters of letters, digits, '_', '.' and '-'. */
    public static void checkTableName(String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new LsqlException("DynamoDB refuses the table name " + quoted(name) + ": use 3 to 255 characters of "
                    + "a-z, A-Z, 0-9, '_', '.' and '-', e.g. " + DesignNames.tableName(name == null ? "" : name) + ".");
        }
    }

    /** An index name DynamoDB accepts: the same rule as table names. */
    public static void checkIndexName(String table, String name) {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new LsqlException("DynamoDB refuses the index name " + quoted(name) + " of table " + table
                    + ": use 3 to 255 characters of a-z, A-Z, 0-9, '_', '.' and '-'.");
        }
    }

    /** Checks a table design by the CreateTable input it becomes. */
    public static void check(TableDesign design) {
        checkCreateTable(CreateTableJson.toJson(design));
    }

    /**
     * Checks a CreateTable input (the shape {@code aws dynamodb create-table --cli-input-json} takes)
     * against DynamoDB's rules: names, key schemas, key attribute types, index counts and projections.
     */
    public static void checkCreateTable(JsonNode createTable) {
        String table = text(createTable, "TableName");
        checkTableName(table);
        Set<String> defined = attributeDefinitions(table, createTable.get("AttributeDefinitions"));
        Set<String> used = new LinkedHashSet<>(keySchema(table, "the table", createTable.get("KeySchema"), defined));
        List<JsonNode> gsis = list(createTable.get("GlobalSecondaryIndexes"));
        List<JsonNode> lsis = list(createTable.get("LocalSecondaryIndexes"));
        if (gsis.size() > MAX_GSIS) {
            throw new LsqlException("Table " + table + " declares " + gsis.size() + " global secondary indexes; DynamoDB allows at most "
                    + MAX_GSIS + ", so drop some.");
        }
        if (lsis.size() > MAX_LSIS) {
            throw new LsqlException("Table " + table + " declares " + lsis.size() + " local secondary indexes; DynamoDB allows at most "
                    + MAX_LSIS + ", so drop some.");
        }
        Set<String> indexNames = new HashSet<>();
        int projected = 0;
        for (JsonNode index : concat(gsis, lsis)) {
            String name = text(index, "IndexName");
            checkIndexName(table, name);
            if (!indexNames.add(name)) {
                throw new LsqlException("Table " + table + " declares the index " + name + " twice; give each index its own name.");
            }
            used.addAll(keySchema(table, "index " + name, index.get("KeySchema"), defined));
            projected += projection(table, name, index.get("Projection"));
        }
        if (projected > MAX_PROJECTED_ATTRIBUTES) {
            throw new LsqlException("The indexes of table " + table + " project " + projected + " non-key attributes; DynamoDB allows at most "
                    + MAX_PROJECTED_ATTRIBUTES + " across all indexes, so use ALL or KEYS_ONLY for some.");
        }
        Set<String> unused = new LinkedHashSet<>(defined);
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new LsqlException("Table " + table + " defines the attributes " + unused + " that no key uses; DynamoDB refuses "
                    + "AttributeDefinitions that are not part of a table or index key.");
        }
    }

    private static Set<String> attributeDefinitions(String table, JsonNode definitions) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode definition : list(definitions)) {
            String name = text(definition, "AttributeName");
            String type = text(definition, "AttributeType");
            checkKeyAttributeName(table, name);
            if (!KEY_TYPES.contains(type)) {
                throw new LsqlException("Key attribute " + name + " of table " + table + " has type " + quoted(type)
                        + "; DynamoDB keys must be S (string), N (number) or B (binary).");
            }
            if (!names.add(name)) {
                throw new LsqlException("Table " + table + " defines the attribute " + name + " twice; define each key attribute once.");
            }
        }
        return names;
    }

    /** A key schema is a HASH element, optionally followed by a RANGE element, each with a defined attribute. */
    private static List<String> keySchema(String table, String owner, JsonNode schema, Set<String> defined) {
        List<JsonNode> elements = list(schema);
        boolean shapeOk = (elements.size() == 1 || elements.size() == 2) && "HASH".equals(text(elements.get(0), "KeyType"))
                && (elements.size() == 1 || "RANGE".equals(text(elements.get(1), "KeyType")));
        if (!shapeOk) {
            throw new LsqlException("The key schema of " + owner + " of table " + table
                    + " must be one HASH attribute, optionally followed by one RANGE attribute.");
        }
        List<String> names = elements.stream().map(e -> text(e, "AttributeName")).toList();
        if (names.size() == 2 && names.get(0).equals(names.get(1))) {
            throw new LsqlException("The key schema of " + owner + " of table " + table + " uses " + names.get(0)
                    + " as both partition and sort key; DynamoDB needs two different attributes.");
        }
        for (String name : names) {
            if (!defined.contains(name)) {
                throw new LsqlException("Key attribute " + quoted(name) + " of " + owner + " of table " + table
                        + " has no AttributeDefinitions entry; define it as S, N or B.");
            }
        }
        return names;
    }

    private static int projection(String table, String index, JsonNode projection) {
        String type = projection == null ? null : text(projection, "ProjectionType");
        if (!PROJECTIONS.contains(type)) {
            throw new LsqlException("Index " + index + " of table " + table + " has projection " + quoted(type)
                    + "; DynamoDB accepts ALL, KEYS_ONLY or INCLUDE.");
        }
        List<JsonNode> nonKey = list(projection.get("NonKeyAttributes"));
        if (!"INCLUDE".equals(type) && !nonKey.isEmpty()) {
            throw new LsqlException("Index " + index + " of table " + table + " lists NonKeyAttributes with projection " + type
                    + "; DynamoDB accepts them only with INCLUDE.");
        }
        if ("INCLUDE".equals(type) && nonKey.isEmpty()) {
            throw new LsqlException("Index " + index + " of table " + table + " has projection INCLUDE without NonKeyAttributes; "
                    + "name them or use KEYS_ONLY.");
        }
        return nonKey.size();
    }

    private static void checkKeyAttributeName(String table, String name) {
        if (name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_ATTRIBUTE_NAME_BYTES) {
            throw new LsqlException("Key attribute name " + quoted(name) + " of table " + table
                    + " must be 1 to " + MAX_KEY_ATTRIBUTE_NAME_BYTES + " bytes long in UTF-8.");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new LsqlException("The CreateTable input has no " + field + "; give it as " + field + " : \"…\".");
        }
        return value.asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        java.util.ArrayList<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "'" + abbreviate(value) + "'";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
