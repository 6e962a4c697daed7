package io.lsql.core.crud;

import java.util.List;

/**
 * A bulk delete: the rows of {@code keys}, or those matching {@code where}, on one engine or both.
 *
 * @param typedName the table name as the user typed it to confirm; must equal the bound MySQL table (for MySQL or
 *                  both) or the DynamoDB table (for DynamoDB only)
 */
public record BulkDeleteRequest(Engine engine, List<RowValues> keys, List<ColumnPredicate> where, String typedName) {

    public BulkDeleteRequest {
        keys = keys == null ? List.of() : List.copyOf(keys);
        where = where == null ? List.of() : List.copyOf(where);
    }
}
