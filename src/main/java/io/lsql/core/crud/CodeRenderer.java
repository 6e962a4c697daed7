package io.lsql.core.crud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link DynamoCall} (and the SQL of the same operation) as the AWS CLI, Java SDK v2 low-level and
 * Enhanced Client code, and PartiQL, with the call's readable placeholder names ({@code :pk}, {@code #name}).
 */
public final class CodeRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CodeRenderer() {
    }

    /** Every form for one operation; {@code sql} may be {@code null}. */
    public static CodeSamples render(SqlStatement sql, DynamoCall call) {
        return new CodeSamples(sql == null ? null : sql.withValues(), awsCli(call), JavaCode.lowLevel(call), JavaCode.enhanced(call),
                partiql(call));
    }

    /** {@code aws dynamodb <op> --cli-input-json '<json>'}, the JSON being the request as the API reads it. */
    public static String awsCli(DynamoCall call) {
        try {
            String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(requestJson(call));
            return "aws dynamodb " + call.operation().cliName() + " --cli-input-json '" + json.replace("'", "'\\''") + "'";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request in the API's JSON shape, fields in the order the API reference lists them. */
    static ObjectNode requestJson(DynamoCall call) {
        ObjectNode root = JSON.createObjectNode();
        root.put("TableName", call.table());
        putIfSet(root, "IndexName", call.index());
        putItem(root, "Key", call.key());
        putItem(root, "Item", call.item());
        putIfSet(root, "KeyConditionExpression", call.keyCondition());
        putIfSet(root, "FilterExpression", call.filter());
        putIfSet(root, "ConditionExpression", call.condition());
        putIfSet(root, "UpdateExpression", call.update());
        if (!call.names().isEmpty()) {
            ObjectNode names = root.putObject("ExpressionAttributeNames");
            call.names().forEach(names::put);
        }
        putItem(root, "ExpressionAttributeValues", call.values().isEmpty() ? null : call.values());
        if (call.consistentRead() != null) {
            root.put("ConsistentRead", call.consistentRead());
        }
        if (call.forward() != null) {
            root.put("ScanIndexForward", call.forward());
        }
        if (call.limit() != null) {
            root.put("Limit", call.limit());
        }
        putIfSet(root, "ReturnValues", call.returnValues());
        putItem(root, "ExclusiveStartKey", call.startKey());
        root.put("ReturnConsumedCapacity", "TOTAL");
        return root;
    }

    /** PartiQL for the same operation with {@code ?} parameters, or a sentence saying why it has none. */
    public static String partiql(DynamoCall call) {
        List<ItemValue> parameters = new ArrayList<>();
        String statement = switch (call.operation()) {
            case GET_ITEM -> "SELECT * FROM " + quoted(call.table()) + where(call.key(), parameters);
            case QUERY, SCAN -> select(call, parameters);
            case PUT_ITEM -> call.condition() == null ? null : insert(call, parameters);
            case UPDATE_ITEM -> call.condition() == null ? null : update(call, parameters);
            case DELETE_ITEM -> "DELETE FROM " + quoted(call.table()) + where(call.key(), parameters) + " RETURNING ALL OLD *";
        };
        if (statement == null) {
            return call.operation() == DynamoOperation.PUT_ITEM
                    ? "PartiQL has no form for this PutItem: its INSERT never replaces an existing item; use PutItem."
                    : "PartiQL has no form for this UpdateItem: its UPDATE never creates a missing item; use UpdateItem.";
        }
        String consistent = Boolean.TRUE.equals(call.consistentRead()) ? "\n-- ConsistentRead: true" : "";
        return statement + "\n-- Parameters: " + parameterJson(parameters) + consistent;
    }

    private static String select(DynamoCall call, List<ItemValue> parameters) {
        String from = quoted(call.table()) + (call.index() == null ? "" : "." + quoted(call.index()));
        List<String> terms = new ArrayList<>();
        for (String expression : new String[] {call.keyCondition(), call.filter()}) {
            if (expression != null) {
                terms.add(PartiqlExpressions.of(expression, call.names(), call.values(), parameters));
            }
        }
        String sql = "SELECT * FROM " + from + (terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms));
        if (Boolean.FALSE.equals(call.forward())) {
            String sortName = PartiqlExpressions.sortKeyName(call.keyCondition(), call.names());
            sql += sortName == null ? "" : " ORDER BY " + quoted(sortName) + " DESC";
        }
        return sql;
    }

    private static String insert(DynamoCall call, List<ItemValue> parameters) {
        List<String> pairs = new ArrayList<>();
        call.item().attributes().forEach((name, value) -> {
            pairs.add("'" + name.replace("'", "''") + "': ?");
            parameters.add(value);
        });
        return "INSERT INTO " + quoted(call.table()) + " VALUE {" + String.join(", ", pairs) + "}";
    }

    private static String update(DynamoCall call, List<ItemValue> parameters) {
        String clauses = PartiqlExpressions.updateClauses(call.update(), call.names(), call.values(), parameters);
        return "UPDATE " + quoted(call.table()) + " " + clauses + where(call.key(), parameters) + " RETURNING ALL NEW *";
    }

    private static String where(Item key, List<ItemValue> parameters) {
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, ItemValue> e : key.attributes().entrySet()) {
            terms.add(quoted(e.getKey()) + " = ?");
            parameters.add(e.getValue());
        }
        return " WHERE " + String.join(" AND ", terms);
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String parameterJson(List<ItemValue> parameters) {
        return "[" + String.join(", ", parameters.stream().map(ItemCodec::json).toList()) + "]";
    }

    private static void putIfSet(ObjectNode root, String field, String value) {
        if (value != null) {
            root.put(field, value);
        }
    }

    private static void putItem(ObjectNode root, String field, Item item) {
        if (item != null) {
            try {
                root.set(field, JSON.readTree(item.toJson()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
