package io.lsql.core.crud;

import io.lsql.core.LsqlException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Both" writes: the SQL statement and the DynamoDB call for the same change, each reported with its own outcome,
 * then the row and the item read back and compared through the migration's mapping. Not atomic across the two
 * engines ({@link BothResult#NOT_ATOMIC}). The item written is the one the row maps to (read back from MySQL when
 * the SQL succeeded), so a "both" insert puts exactly what a migration of the new row would. When MySQL refuses a
 * statement for another reason than a duplicate key, the DynamoDB call is not sent.
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

    /** INSERT the row, and PutItem the item it maps to; a duplicate key is sent on to DynamoDB, to be refused there too. */
    public BothResult insert(RowValues row, WriteSemantics semantics) {
        refuseWhenReadOnly("INSERT");
        RowValues key = rowKey(row);
        SqlResult sql = mysql.insert(row);
        if (refusedOtherwise(sql)) {
            return compared(sql, null, key);
        }
        Item item = sql.ok() ? mappedRow(key).orElseGet(() -> binding.itemOf(row)) : binding.itemOf(row);
        DynamoResult written = dynamo.insert(item, semantics);
        return compared(sql, written, key);
    }

    /** UPDATE the row with this key, and UpdateItem its item to the mapped row (SET what it has, REMOVE what it lost). */
    public BothResult update(RowValues key, RowValues changes, WriteSemantics semantics) {
        refuseWhenReadOnly("UPDATE");
        SqlResult sql = mysql.update(key, changes);
        if (refusedOtherwise(sql)) {
            return compared(sql, null, key);
        }
        Item after = mappedRow(key).orElseGet(() -> binding.itemOf(merged(key, changes)));
        Item keyItem = binding.keyOf(after);
        Item set = Item.EMPTY;
        for (Map.Entry<String, ItemValue> e : after.attributes().entrySet()) {
            if (!keyItem.attributes().containsKey(e.getKey())) {
                set = set.with(e.getKey(), e.getValue());
            }
        }
        List<String> remove = new ArrayList<>();
        for (ItemEditor.Field field : ItemEditor.of(binding).fields()) {
            if (field.role() == null && !after.attributes().containsKey(field.attribute())) {
                remove.add(field.attribute());
            }
        }
        DynamoResult written = dynamo.update(keyItem, set, remove, semantics);
        return compared(sql, written, key);
    }

    /** DELETE the row with this key, and DeleteItem its item (returning the old one). */
    public BothResult delete(RowValues key) {
        refuseWhenReadOnly("DELETE");
        SqlResult sql = mysql.delete(key);
        if (refusedOtherwise(sql)) {
            return compared(sql, null, key);
        }
        DynamoResult written = dynamo.delete(binding.itemKey(key));
        return compared(sql, written, key);
    }

    /** Reads the row with this key and its item (consistent read), and compares them through the mapping. */
    public BothResult compare(RowValues key) {
        return compared(null, null, key);
    }

    /**
     * True when MySQL refused the statement for another reason than a duplicate key (a NOT NULL or foreign key
     * violation…): the DynamoDB call is then not sent, so the engines do not drift apart. A duplicate key is sent on,
     * to show DynamoDB refusing it too.
     */
    private static boolean refusedOtherwise(SqlResult sql) {
        return !sql.ok() && !sql.error().duplicateKey();
    }

    private BothResult compared(SqlResult sql, DynamoResult written, RowValues key) {
        List<CrudRow> rows = mysql.get(key).rows();
        CrudRow row = rows.isEmpty() ? null : rows.get(0);
        List<Item> items = dynamo.get(binding.itemKey(key), true).items();
        Item item = items.isEmpty() ? null : items.get(0);
        List<AttributeDiff> differences = row == null && item == null ? List.of() : ItemDiff.of(row == null ? null : row.item(), item);
        return new BothResult(sql, written, row == null ? null : row.values(), item, differences);
    }

    private java.util.Optional<Item> mappedRow(RowValues key) {
        return mysql.get(key).rows().stream().map(CrudRow::item).filter(java.util.Objects::nonNull).findFirst();
    }

    private RowValues rowKey(RowValues row) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String column : binding.rowKeyColumns()) {
            if (row.get(column) == null) {
                throw new LsqlException("The key column " + column + " needs a value.");
            }
            key.put(column, row.get(column));
        }
        return new RowValues(key);
    }

    private static RowValues merged(RowValues key, RowValues changes) {
        Map<String, String> all = new LinkedHashMap<>(changes.values());
        all.putAll(key.values());
        return new RowValues(all);
    }

    private void refuseWhenReadOnly(String what) {
        if (mysql.readOnly() || dynamo.readOnly()) {
            throw new LsqlException(what + " on both engines was refused: this session is read-only, and nothing was sent.");
        }
    }
}
