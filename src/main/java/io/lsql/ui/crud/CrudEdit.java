package io.lsql.ui.crud;

import io.lsql.core.crud.Item;
import io.lsql.core.crud.RowValues;

import java.util.List;

/**
 * What the item editor produced: the row's columns (for MySQL and "both") or the typed item (for DynamoDB).
 *
 * @param row     the columns as MySQL prints them ({@code null} = NULL); empty when the edit is of an item only
 * @param item    the typed item; {@code null} when the edit is of a row only
 * @param removed attributes an update removes from the item (fields emptied)
 */
public record CrudEdit(RowValues row, Item item, List<String> removed) {

    public CrudEdit {
        row = row == null ? RowValues.EMPTY : row;
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
