package io.lsql.core.crud;

import java.util.List;

/**
 * Exactly what a bulk delete removed.
 *
 * @param rowKeys  the keys of the MySQL rows deleted
 * @param itemKeys the keys of the DynamoDB items deleted (those that existed)
 */
public record BulkDeleteResult(long rowsDeleted, long itemsDeleted, List<RowValues> rowKeys, List<Item> itemKeys) {

    public BulkDeleteResult {
        rowKeys = List.copyOf(rowKeys);
        itemKeys = List.copyOf(itemKeys);
    }
}
