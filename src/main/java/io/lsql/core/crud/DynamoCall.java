package io.lsql.core.crud;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One DynamoDB request, as data: the SDK request is built from it and every "show the code" form is rendered
 * from it, so what is shown is what is sent. Expressions use readable placeholders ({@code #pk}, {@code :pk}).
 * Unused parts are {@code null}. Every call asks for {@code ReturnConsumedCapacity TOTAL}.
 *
 * @param index        the GSI a Query or Scan reads, else {@code null}
 * @param key          the key of GetItem, UpdateItem, DeleteItem
 * @param item         the item of PutItem
 * @param names        expression attribute names, {@code #name -> attribute}
 * @param values       expression attribute values, {@code :name -> value}
 * @param returnValues ALL_OLD, ALL_NEW… for writes
 * @param startKey     ExclusiveStartKey of a Query or Scan page
 */
public record DynamoCall(DynamoOperation operation, String table, String index, Item key, Item item, String keyCondition,
                         String filter, String condition, String update, Map<String, String> names, Item values,
                         Boolean consistentRead, Boolean forward, Integer limit, String returnValues, Item startKey) {

    public DynamoCall {
        names = names == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        values = values == null ? Item.EMPTY : values;
    }

    public static DynamoCall of(DynamoOperation operation, String table) {
        return new DynamoCall(operation, table, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public DynamoCall withIndex(String newIndex) {
        return new DynamoCall(operation, table, newIndex, key, item, keyCondition, filter, condition, update, names, values,
                consistentRead, forward, limit, returnValues, startKey);
    }

    public DynamoCall withKey(Item newKey) {
        return new DynamoCall(operation, table, index, newKey, item, keyCondition, filter, condition, update, names, values,
                consistentRead, forward, limit, returnValues, startKey);
    }

    public DynamoCall withItem(Item newItem) {
        return new DynamoCall(operation, table, index, key, newItem, keyCondition, filter, condition, update, names, values,
                consistentRead, forward, limit, returnValues, startKey);
    }

    /** The expressions with the names and values their placeholders stand for. */
    public DynamoCall withExpressions(String newKeyCondition, String newFilter, String newCondition, String newUpdate,
                                      Map<String, String> newNames, Item newValues) {
        return new DynamoCall(operation, table, index, key, item, newKeyCondition, newFilter, newCondition, newUpdate, newNames,
                newValues, consistentRead, forward, limit, returnValues, startKey);
    }

    public DynamoCall withReads(Boolean newConsistentRead, Boolean newForward, Integer newLimit) {
        return new DynamoCall(operation, table, index, key, item, keyCondition, filter, condition, update, names, values,
                newConsistentRead, newForward, newLimit, returnValues, startKey);
    }

    public DynamoCall withReturnValues(String newReturnValues) {
        return new DynamoCall(operation, table, index, key, item, keyCondition, filter, condition, update, names, values,
                consistentRead, forward, limit, newReturnValues, startKey);
    }

    public DynamoCall withStartKey(Item newStartKey) {
        return new DynamoCall(operation, table, index, key, item, keyCondition, filter, condition, update, names, values,
                consistentRead, forward, limit, returnValues, newStartKey);
    }
}
