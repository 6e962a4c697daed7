package io.lsql.core.crud;

import java.util.List;

/**
 * A key attribute of the DynamoDB table or of one of its GSIs, and how a row fills it.
 *
 * @param template the source's template, e.g. {@code {ord_id}} or {@code ORDER#{ord_id}}
 * @param columns  the MySQL columns the template reads, in template order
 */
public record KeyField(String attribute, ItemType type, KeyRole role, String template, List<String> columns) {

    public KeyField {
        columns = List.copyOf(columns);
    }
}
