package io.lsql.core.rehearse;

import io.lsql.core.proposal.KeyCondition;

/**
 * One comparison of a pattern's WHERE clause that takes placeholders: a column against one value, or two for BETWEEN.
 *
 * @param column       {@code Table.column}, the table as the rehearsal's sources name it
 * @param operator     the comparison; {@code LIKE ?} is read as a prefix ({@code BEGINS_WITH})
 * @param placeholders how many {@code ?} it takes (2 for BETWEEN)
 */
public record WhereTerm(String column, KeyCondition.Operator operator, int placeholders) {

    public String table() {
        return column.substring(0, column.indexOf('.'));
    }

    public String columnName() {
        return column.substring(column.indexOf('.') + 1);
    }
}
