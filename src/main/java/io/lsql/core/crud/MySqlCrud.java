package io.lsql.core.crud;

import io.lsql.core.connect.JdbcSource;

import java.util.List;

/**
 * The MySQL side of the CRUD pane: keyset pages on the primary key, get by key, queries on column conditions,
 * insert, update and delete, all as prepared statements whose exact SQL and bound values come back in the
 * {@link SqlResult}. A refused write keeps MySQL's meaning ({@link SqlError}: 1062 duplicate key); rows affected
 * are the server's count. A read-only source refuses every write before anything is sent.
 */
public final class MySqlCrud {

    private final JdbcSource jdbc;
    private final CrudBinding binding;

    public MySqlCrud(JdbcSource jdbc, CrudBinding binding) {
        this.jdbc = jdbc;
        this.binding = binding;
    }

    /** {@code size} rows from {@code cursor}, ordered by the primary key (by OFFSET for views and keyless tables). */
    public SqlResult page(SqlCursor cursor, int size) {
        throw new UnsupportedOperationException();
    }

    /** The row with this key (the columns of {@link CrudBinding#rowKeyColumns()}), or no row. */
    public SqlResult get(RowValues key) {
        throw new UnsupportedOperationException();
    }

    /** At most {@code limit} rows matching every condition, in primary key order. */
    public SqlResult query(List<ColumnPredicate> where, int limit) {
        throw new UnsupportedOperationException();
    }

    /** INSERT of the given columns; a duplicate key comes back as error 1062, nothing changed. */
    public SqlResult insert(RowValues row) {
        throw new UnsupportedOperationException();
    }

    /** UPDATE … SET the changed columns WHERE the key matches; a missing key affects 0 rows. */
    public SqlResult update(RowValues key, RowValues changes) {
        throw new UnsupportedOperationException();
    }

    /** DELETE … WHERE the key matches. */
    public SqlResult delete(RowValues key) {
        throw new UnsupportedOperationException();
    }
}
