package io.lsql.core.crud;

import java.util.List;

/**
 * What one MySQL operation did: the statement as sent (SQL and bound values), the rows it read, the rows a write
 * affected, and the server's error when it refused the statement.
 *
 * @param rows      the rows read with the items they map to (for a write: none)
 * @param affected  rows a write affected as the server reports them; 0 for reads
 * @param error     {@code null} when the statement succeeded
 * @param next      where the next page starts, {@code null} at the end
 * @param note      how the page was read when it matters (e.g. "view without a key: paged by OFFSET"), or {@code null}
 */
public record SqlResult(SqlStatement statement, List<CrudRow> rows, long affected, SqlError error, SqlCursor next,
                        String note) {

    public SqlResult {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public boolean ok() {
        return error == null;
    }
}
