package io.lsql.core.crud;

import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The SDK request of a {@link DynamoCall}: the one translation, so the request sent is the one shown. */
final class DynamoRequests {

    private DynamoRequests() {
    }

    static GetItemRequest get(DynamoCall call) {
        return GetItemRequest.builder().tableName(call.table()).key(ItemCodec.toSdk(call.key()))
                .consistentRead(call.consistentRead()).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    static QueryRequest query(DynamoCall call) {
        return QueryRequest.builder().tableName(call.table()).indexName(call.index())
                .keyConditionExpression(call.keyCondition()).filterExpression(call.filter())
                .expressionAttributeNames(call.names().isEmpty() ? null : call.names())
                .expressionAttributeValues(call.values().isEmpty() ? null : ItemCodec.toSdk(call.values()))
                .consistentRead(call.consistentRead()).scanIndexForward(call.forward()).limit(call.limit())
                .exclusiveStartKey(call.startKey() == null ? null : ItemCodec.toSdk(call.startKey()))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    static ScanRequest scan(DynamoCall call) {
        return ScanRequest.builder().tableName(call.table()).indexName(call.index()).filterExpression(call.filter())
                .expressionAttributeNames(call.names().isEmpty() ? null : call.names())
                .expressionAttributeValues(call.values().isEmpty() ? null : ItemCodec.toSdk(call.values()))
                .consistentRead(call.consistentRead()).limit(call.limit())
                .exclusiveStartKey(call.startKey() == null ? null : ItemCodec.toSdk(call.startKey()))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    static PutItemRequest put(DynamoCall call) {
        return PutItemRequest.builder().tableName(call.table()).item(ItemCodec.toSdk(call.item()))
                .conditionExpression(call.condition()).expressionAttributeNames(call.names().isEmpty() ? null : call.names())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    static UpdateItemRequest update(DynamoCall call) {
        return UpdateItemRequest.builder().tableName(call.table()).key(ItemCodec.toSdk(call.key()))
                .updateExpression(call.update()).conditionExpression(call.condition())
                .expressionAttributeNames(call.names().isEmpty() ? null : call.names())
                .expressionAttributeValues(call.values().isEmpty() ? null : ItemCodec.toSdk(call.values()))
                .returnValues(call.returnValues()).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }

    static DeleteItemRequest delete(DynamoCall call) {
        return DeleteItemRequest.builder().tableName(call.table()).key(ItemCodec.toSdk(call.key()))
                .conditionExpression(call.condition()).expressionAttributeNames(call.names().isEmpty() ? null : call.names())
                .returnValues(call.returnValues()).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
    }
}
