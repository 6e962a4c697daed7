package io.lsql.core.crud;

/**
 * Where the next MySQL page starts: after the last primary key read (keyset paging), or for a view or a table
 * without a primary key at an OFFSET.
 *
 * @param after  the last key of the previous page, {@code null} for the first page or OFFSET paging
 * @param offset rows to skip, for OFFSET paging only
 */
public record SqlCursor(RowValues after, long offset) {

    public static final SqlCursor FIRST = new SqlCursor(null, 0);
}
