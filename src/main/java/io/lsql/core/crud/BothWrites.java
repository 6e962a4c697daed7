package io.lsql.core.crud;

/**
 * "Both" writes: the SQL statement and the DynamoDB call for the same change, each reported with its own outcome,
 * then the row and the item read back and compared through the migration's mapping. Not atomic across the two
 * engines ({@link BothResult#NOT_ATOMIC}). The item written is the one the row maps to, so a "both" insert puts
 * exactly what a migration of the new row would.
 */
public final class BothWrites {

    private final MySqlCrud mysql;
    private final DynamoCrud dynamo;
    private final CrudBinding binding;

    public BothWrites(MySqlCrud mysql, DynamoCrud dynamo, CrudBinding binding) {
        this.mysql = mysql;
        this.dynamo = dynamo;
        this.binding = binding;
    }

    /** INSERT the row, and PutItem the item it maps to. */
    public BothResult insert(RowValues row, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /** UPDATE the row with this key, and UpdateItem its item with the mapped changes. */
    public BothResult update(RowValues key, RowValues changes, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /** DELETE the row with this key, and DeleteItem its item. */
    public BothResult delete(RowValues key, WriteSemantics semantics) {
        throw new UnsupportedOperationException();
    }

    /** Reads the row with this key and its item, and compares them through the mapping. */
    public BothResult compare(RowValues key) {
        throw new UnsupportedOperationException();
    }
}
