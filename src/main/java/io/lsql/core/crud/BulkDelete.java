package io.lsql.core.crud;

/**
 * Deletes many rows and items at once, only after the table name was typed, and reports exactly what it removed.
 * The rows are found first (by key list or by condition), then deleted one key at a time on each engine.
 */
public final class BulkDelete {

    private final MySqlCrud mysql;
    private final DynamoCrud dynamo;
    private final CrudBinding binding;

    public BulkDelete(MySqlCrud mysql, DynamoCrud dynamo, CrudBinding binding) {
        this.mysql = mysql;
        this.dynamo = dynamo;
        this.binding = binding;
    }

    /**
     * Runs the delete.
     *
     * @throws io.lsql.core.LsqlException before deleting anything when the typed name does not match, when the
     *                                    request names no rows, or when the session is read-only
     */
    public BulkDeleteResult delete(BulkDeleteRequest request) {
        throw new UnsupportedOperationException();
    }
}
