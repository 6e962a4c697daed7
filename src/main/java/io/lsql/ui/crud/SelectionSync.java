package io.lsql.ui.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.RowValues;

import java.util.List;

/** Finds a row's item and an item's row through the design's key mapping (row key ⇄ table key). */
final class SelectionSync {

    private final CrudBinding binding;

    SelectionSync(CrudBinding binding) {
        this.binding = binding;
    }

    /** The index in {@code items} of the item whose table key is the row's, or -1. */
    int itemOf(CrudRow row, List<Item> items) {
        Item key = keyOfRow(row);
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (key.equals(keyOrNull(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The index in {@code rows} of the row whose key columns the item's key reads back to, or -1. */
    int rowOf(Item item, List<CrudRow> rows) {
        Item key = keyOrNull(item);
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (key.equals(keyOfRow(rows.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The row key columns of a row, for Get, Update and Delete. */
    RowValues rowKey(CrudRow row) {
        RowValues key = RowValues.EMPTY;
        for (String column : binding.rowKeyColumns()) {
            key = key.with(column, row.values().get(column));
        }
        return key;
    }

    /** The row key an item's table key reads back to. */
    RowValues rowKey(Item item) {
        return binding.rowKey(item);
    }

    private Item keyOfRow(CrudRow row) {
        try {
            return row.item() != null ? binding.keyOf(row.item()) : binding.itemKey(rowKey(row));
        } catch (LsqlException e) {
            return null;
        }
    }

    private Item keyOrNull(Item item) {
        try {
            return binding.keyOf(item);
        } catch (LsqlException e) {
            return null;
        }
    }
}
