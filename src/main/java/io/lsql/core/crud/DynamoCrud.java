package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The DynamoDB side of the CRUD pane: GetItem, Query, Scan (paged by LastEvaluatedKey, "fill page"), and writes
 * with MySQL's meaning by default ({@link WriteSemantics}). Every call reports Count, ScannedCount and consumed
 * capacity, and comes back with its {@link DynamoCall} for "show the code". DynamoDB's rules (key sizes, 400 KB
 * items, 38-digit numbers, key types) are checked before sending; a read-only session refuses every write first.
 */
public final class DynamoCrud {

    private final DynamoDbClient dynamo;
    private final CrudBinding binding;
    private final boolean readOnly;
    private final DynamoCalls calls;

    public DynamoCrud(DynamoDbClient dynamo, CrudBinding binding, boolean readOnly) {
        this.dynamo = dynamo;
        this.binding = binding;
        this.readOnly = readOnly;
        this.calls = new DynamoCalls(binding);
    }

    /**
     * Checks that the table exists and that its key schema (and the binding's GSIs) match the design.
     *
     * @throws LsqlException in one sentence when the table is missing or keyed differently
     */
    public void checkTable() {
        TableCheck.check(dynamo, binding);
    }

    /** GetItem of {@code key} (the table key attributes). */
    public DynamoResult get(Item key, boolean consistentRead) {
        DynamoCall call = calls.get(key, consistentRead);
        ItemRules.checkKey(binding, call.key());
        GetItemResponse response = send(call, () -> dynamo.getItem(DynamoRequests.get(call)));
        List<Item> items = response.hasItem() && !response.item().isEmpty() ? List.of(ItemCodec.fromSdk(response.item())) : List.of();
        return new DynamoResult(call, items, null, items.size(), items.size(), capacity(response.consumedCapacity()), 1, 0, null, null);
    }

    /** A Query ({@link DynamoRead#isQuery()}) or a Scan page, filled as {@link DynamoRead#maxRequests()} allows. */
    public DynamoResult read(DynamoRead read) {
        return new PageFiller(dynamo, binding).fill(calls.read(read), read);
    }

    /** The request {@link #read} would send first, for "show the code" before running it. */
    public DynamoCall readCall(DynamoRead read) {
        return calls.read(read);
    }

    /** PutItem; with {@link WriteSemantics#MYSQL} only when no item has this key (a duplicate is reported as 1062). */
    public DynamoResult insert(Item item, WriteSemantics semantics) {
        DynamoCall call = calls.insert(item, semantics);
        refuseWhenReadOnly(call);
        ItemRules.checkItem(binding, item);
        try {
            PutItemResponse response = send(call, () -> dynamo.putItem(DynamoRequests.put(call)));
            return written(call, 1, null, capacity(response.consumedCapacity()), null);
        } catch (ConditionalCheckFailedException e) {
            return written(call, 0, null, null, new DynamoError(DynamoError.CONDITIONAL_CHECK_FAILED, message(e),
                    "Duplicate entry '" + mysqlKey(item) + "' for key 'PRIMARY' (1062)"));
        }
    }

    /** UpdateItem SET the attributes of {@code changes}; see {@link #update(Item, Item, List, WriteSemantics)}. */
    public DynamoResult update(Item key, Item changes, WriteSemantics semantics) {
        return update(key, changes, List.of(), semantics);
    }

    /**
     * UpdateItem SET the attributes of {@code set} and REMOVE those of {@code remove} (a column set to NULL); with
     * {@link WriteSemantics#MYSQL} only when the item exists: a missing key changes 0 items, no upsert.
     */
    public DynamoResult update(Item key, Item set, List<String> remove, WriteSemantics semantics) {
        DynamoCall call = calls.update(key, set, remove, semantics);
        refuseWhenReadOnly(call);
        ItemRules.checkKey(binding, call.key());
        set.attributes().forEach((name, value) -> ItemRules.checkType(binding, name, value));
        ItemRules.checkIndexKeys(binding, set);
        try {
            UpdateItemResponse response = send(call, () -> dynamo.updateItem(DynamoRequests.update(call)));
            Item after = ItemCodec.fromSdk(response.attributes());
            return new DynamoResult(call, after == null ? List.of() : List.of(after), null, 0, 0,
                    capacity(response.consumedCapacity()), 1, 1, null, null);
        } catch (ConditionalCheckFailedException e) {
            return written(call, 0, null, null, new DynamoError(DynamoError.CONDITIONAL_CHECK_FAILED, message(e),
                    "0 rows affected (Rows matched: 0  Changed: 0): no item has this key, and none was created"));
        }
    }

    /** DeleteItem returning the old item (ALL_OLD); 0 affected when there was none. */
    public DynamoResult delete(Item key) {
        DynamoCall call = calls.delete(key);
        refuseWhenReadOnly(call);
        ItemRules.checkKey(binding, call.key());
        DeleteItemResponse response = send(call, () -> dynamo.deleteItem(DynamoRequests.delete(call)));
        Item old = response.hasAttributes() && !response.attributes().isEmpty() ? ItemCodec.fromSdk(response.attributes()) : null;
        return written(call, old == null ? 0 : 1, old, capacity(response.consumedCapacity()), null);
    }

    /** Whether writes are refused (a read-only session). */
    public boolean readOnly() {
        return readOnly;
    }

    private static DynamoResult written(DynamoCall call, long affected, Item old, Double capacity, DynamoError error) {
        return new DynamoResult(call, List.of(), null, 0, 0, capacity, 1, affected, old, error);
    }

    private void refuseWhenReadOnly(DynamoCall call) {
        if (readOnly) {
            throw new LsqlException(call.operation().apiName() + " on " + binding.table()
                    + " was refused: this session is read-only, and nothing was sent to DynamoDB.");
        }
    }

    /** The row key as MySQL prints a duplicate entry: the key columns' values joined with '-'. */
    private String mysqlKey(Item item) {
        try {
            return String.join("-", binding.rowKey(item).values().values());
        } catch (LsqlException e) {
            return binding.keyOf(item).attributes().values().stream().map(ItemValue::display).collect(Collectors.joining("-"));
        }
    }

    static Double capacity(ConsumedCapacity consumed) {
        return consumed == null ? null : consumed.capacityUnits();
    }

    static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }

    /** Sends a request; a failed condition stays an exception for the caller to report, anything else is one sentence. */
    static <T> T send(DynamoCall call, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (SdkException e) {
            throw AwsErrors.translate(call.operation().apiName() + " on " + call.table(), e);
        }
    }
}
