package io.lsql.core.crud;

import io.lsql.core.LsqlException;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes many rows and items at once, only after the table name was typed, and reports exactly what it removed.
 * The keys are found first (given, or the rows matching the conditions), then deleted one key at a time on each
 * engine, so the report names every key that was really removed.
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

    /** The name the user must type to confirm a bulk delete on {@code engine}. */
    public String confirmationName(Engine engine) {
        return engine == Engine.DYNAMODB ? binding.table() : binding.source().name();
    }

    /**
     * Runs the delete.
     *
     * @throws LsqlException before deleting anything when the typed name does not match, when the request names no
     *                       rows, or when the session is read-only
     */
    public BulkDeleteResult delete(BulkDeleteRequest request) {
        String expected = confirmationName(request.engine());
        if (!expected.equals(request.typedName() == null ? "" : request.typedName().strip())) {
            throw new LsqlException("The typed name '" + (request.typedName() == null ? "" : request.typedName())
                    + "' is not " + expected + "; type the table name exactly to confirm. Nothing was deleted.");
        }
        if (mysql.readOnly() || dynamo.readOnly()) {
            throw new LsqlException("The bulk delete was refused: this session is read-only, and nothing was sent.");
        }
        if (request.keys().isEmpty() && request.where().isEmpty()) {
            throw new LsqlException("Name the rows to delete: give their keys or a condition. Nothing was deleted.");
        }
        List<RowValues> keys = request.keys().isEmpty() ? keysWhere(request) : request.keys();
        List<RowValues> rowKeys = new ArrayList<>();
        List<Item> itemKeys = new ArrayList<>();
        for (RowValues key : keys) {
            if (request.engine() != Engine.DYNAMODB && mysql.delete(key).affected() > 0) {
                rowKeys.add(key);
            }
            if (request.engine() != Engine.MYSQL) {
                Item itemKey = binding.itemKey(key);
                if (dynamo.delete(itemKey).affected() > 0) {
                    itemKeys.add(itemKey);
                }
            }
        }
        return new BulkDeleteResult(rowKeys.size(), itemKeys.size(), rowKeys, itemKeys);
    }

    private List<RowValues> keysWhere(BulkDeleteRequest request) {
        if (request.engine() != Engine.DYNAMODB) {
            return mysql.keys(request.where());
        }
        List<RowValues> keys = new ArrayList<>();
        DynamoRead scan = DynamoRead.scan().withFilters(request.where()).withPage(100, 1);
        Item start = null;
        do {
            DynamoResult page = dynamo.read(scan.withStartKey(start));
            page.items().forEach(item -> keys.add(binding.rowKey(item)));
            start = page.lastEvaluatedKey();
        } while (start != null);
        return keys;
    }
}
