package io.lsql.core.crud;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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

    public DynamoCrud(DynamoDbClient dynamo, CrudBinding binding, boolean readOnly) {
        this.dynamo = dynamo;
        this.binding = binding;
        this.readOnly = readOnly;
    }

    /**
     * Checks that the table exists and that its key schema (and the binding's GSIs) match the design.
     *
     * @throws io.lsql.core.LsqlException in one sentence when the table is missing or keyed differently
     */
    public void checkTable() {
        throw new UnsupportedOperationException();
    }

    /** GetItem of {@code key} (the table key attributes). */
    public DynamoResult get(Item key, boolean consistentRead) {
        throw new UnsupportedOperationException();
    }

    /** A Query ({@link DynamoRead#isQuery()}) or a Scan page, filled as {@link DynamoRead#maxRequests()} allows. */
    public DynamoResult read(DynamoRead read) {
        throw new UnsupportedOperationException();
    }

    /** PutItem; with {@link WriteSemantics#MYSQL} only when no item has this key (a duplicate is reported as 1062). */
    public DynamoResult insert(Item item, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /**
     * UpdateItem SET the attributes of {@code changes}; with {@link WriteSemantics#MYSQL} only when the item exists
     * (a missing key changes 0 items, no upsert).
     */
    public DynamoResult update(Item key, Item changes, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /** DeleteItem returning the old item (ALL_OLD); 0 affected when there was none. */
    public DynamoResult delete(Item key, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /** The request {@link #read} would send first, for "show the code" before running it. */
    public DynamoCall readCall(DynamoRead read) {
        throw new UnsupportedOperationException();
    }
}
