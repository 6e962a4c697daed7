package io.lsql.ui.crud;

import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.crud.BothResult;
import io.lsql.core.crud.CodeRenderer;
import io.lsql.core.crud.CodeSamples;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.CrudSession;
import io.lsql.core.crud.DynamoCall;
import io.lsql.core.crud.DynamoRead;
import io.lsql.core.crud.DynamoResult;
import io.lsql.core.crud.Engine;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.RowValues;
import io.lsql.core.crud.SqlCursor;
import io.lsql.core.crud.SqlResult;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one toolbar operation on an open {@link CrudSession}, off the FX thread: each side through the core's own
 * service, "both" writes through {@link io.lsql.core.crud.BothWrites}. Knows no JavaFX, so the ViewModel only
 * snapshots the toolbar and shows the outcome.
 */
final class CrudActions {

    private final CrudSession session;

    CrudActions(CrudSession session) {
        this.session = session;
    }

    /** A session opened on a table, with its first pages. */
    record Opened(CrudSession session, CrudOutcome outcome) {
    }

    /** Opens the session (checking the DynamoDB table) and reads the first pages; closes it again when that fails. */
    static Opened open(JdbcSource jdbc, AwsTarget aws, CrudBinding binding, CrudRequest first) {
        CrudSession session = CrudSession.open(jdbc, aws, binding);
        try {
            return new Opened(session, new CrudActions(session).read(first, null, SqlCursor.FIRST));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A read; {@code startKey} and {@code cursor} continue the previous page ({@code null} / FIRST for the first). */
    CrudOutcome read(CrudRequest request, Item startKey, SqlCursor cursor) {
        CrudBinding binding = session.binding();
        if (request.operation() == CrudOperation.GET) {
            RowValues key = request.rowKey(binding);
            SqlResult sql = request.onMySql() ? session.mysql().get(key) : null;
            DynamoResult dynamo = request.onDynamoDb() ? session.dynamo().get(binding.itemKey(key), request.consistentRead()) : null;
            return outcome(sql, dynamo, null, dynamo == null ? null : dynamo.call());
        }
        DynamoRead read = request.dynamoRead(binding, startKey);
        SqlResult sql = null;
        if (request.onMySql()) {
            boolean browse = request.operation() == CrudOperation.SCAN && request.filters().isEmpty();
            sql = browse ? session.mysql().page(cursor, request.pageSize())
                    : session.mysql().query(request.mysqlWhere(binding), request.pageSize());
        }
        DynamoResult dynamo = request.onDynamoDb() ? session.dynamo().read(read) : null;
        return outcome(sql, dynamo, null, dynamo == null ? session.dynamo().readCall(read) : dynamo.call());
    }

    /** An insert or update of the edited row or item, as the request's engine and semantics say. */
    CrudOutcome write(CrudRequest request, CrudEdit edit) {
        boolean insert = request.operation() == CrudOperation.INSERT;
        if (request.engine() == Engine.BOTH) {
            BothResult both = insert ? session.both().insert(edit.row(), request.semantics())
                    : session.both().update(rowKey(edit.row()), changes(edit.row()), request.semantics());
            return outcome(both.sql(), both.dynamo(), both, both.dynamo().call());
        }
        if (request.engine() == Engine.MYSQL) {
            SqlResult sql = insert ? session.mysql().insert(edit.row()) : session.mysql().update(rowKey(edit.row()), changes(edit.row()));
            return outcome(sql, null, null, null);
        }
        DynamoResult dynamo = insert ? session.dynamo().insert(edit.item(), request.semantics())
                : session.dynamo().update(session.binding().keyOf(edit.item()), nonKey(edit.item()), edit.removed(), request.semantics());
        return outcome(null, dynamo, null, dynamo.call());
    }

    /** Deletes the row with this key and/or its item. */
    CrudOutcome delete(CrudRequest request, RowValues key) {
        if (request.engine() == Engine.BOTH) {
            BothResult both = session.both().delete(key);
            return outcome(both.sql(), both.dynamo(), both, both.dynamo().call());
        }
        SqlResult sql = request.onMySql() ? session.mysql().delete(key) : null;
        DynamoResult dynamo = request.onDynamoDb() ? session.dynamo().delete(session.binding().itemKey(key)) : null;
        return outcome(sql, dynamo, null, dynamo == null ? null : dynamo.call());
    }

    private CrudOutcome outcome(SqlResult sql, DynamoResult dynamo, BothResult both, DynamoCall call) {
        CodeSamples code = call != null ? CodeRenderer.render(sql == null ? null : sql.statement(), call)
                : new CodeSamples(sql.statement().withValues(), null, null, null, null);
        return new CrudOutcome(sql, dynamo, both, code);
    }

    private RowValues rowKey(RowValues row) {
        Map<String, String> key = new LinkedHashMap<>();
        session.binding().rowKeyColumns().forEach(column -> key.put(column, row.get(column)));
        return new RowValues(key);
    }

    private RowValues changes(RowValues row) {
        Map<String, String> changes = new LinkedHashMap<>(row.values());
        session.binding().rowKeyColumns().forEach(column -> changes.keySet().removeIf(c -> c.equalsIgnoreCase(column)));
        return new RowValues(changes);
    }

    private Item nonKey(Item item) {
        Item set = item;
        for (String attribute : session.binding().keyOf(item).attributes().keySet()) {
            set = set.without(attribute);
        }
        return set;
    }
}
