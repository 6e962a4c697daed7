package io.lsql.core.crud;

import io.lsql.core.LsqlException;

/**
 * A simple condition on one MySQL column, {@code column op value [AND value2]}: a WHERE term on the MySQL side
 * and, through the binding, a key condition or filter on the column's attribute on the DynamoDB side.
 *
 * @param value2 the upper bound of BETWEEN, else {@code null}
 */
public record ColumnPredicate(String column, Comparison op, String value, String value2) {

    public ColumnPredicate {
        if (column == null || column.isBlank()) {
            throw new LsqlException("A condition needs a column.");
        }
        if (value == null || (op == Comparison.BETWEEN && value2 == null)) {
            throw new LsqlException("The condition on " + column + " needs " + (op == Comparison.BETWEEN ? "two values" : "a value") + ".");
        }
    }

    public static ColumnPredicate eq(String column, String value) {
        return new ColumnPredicate(column, Comparison.EQ, value, null);
    }

    public static ColumnPredicate of(String column, Comparison op, String value) {
        return new ColumnPredicate(column, op, value, null);
    }

    public static ColumnPredicate between(String column, String low, String high) {
        return new ColumnPredicate(column, Comparison.BETWEEN, low, high);
    }
}
