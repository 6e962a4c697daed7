package io.lsql.core.crud;

import io.lsql.core.LsqlException;

/** A condition on the sort key of a Query: {@code = < <= > >= BETWEEN begins_with}. */
public record SortCondition(Comparison op, ItemValue value, ItemValue value2) {

    public SortCondition {
        if (value == null || (op == Comparison.BETWEEN) != (value2 != null)) {
            throw new LsqlException(op == Comparison.BETWEEN ? "BETWEEN needs a low and a high value."
                    : "A sort-key condition " + op.symbol() + " needs one value.");
        }
    }

    public static SortCondition of(Comparison op, ItemValue value) {
        return new SortCondition(op, value, null);
    }

    public static SortCondition between(ItemValue low, ItemValue high) {
        return new SortCondition(Comparison.BETWEEN, low, high);
    }
}
