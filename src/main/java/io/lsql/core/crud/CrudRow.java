package io.lsql.core.crud;

/**
 * A MySQL row as read, with the item the migration's mapping makes of it.
 *
 * @param item   the mapped item, {@code null} when the row can't be one
 * @param reject why the row can't be an item (NULL key, over 400 KB…), else {@code null}
 */
public record CrudRow(RowValues values, Item item, String reject) {
}
