package io.lsql.core.rehearse;

/**
 * One row on which the two ways of running a pattern disagree.
 *
 * @param kind   how they disagree
 * @param source the plan source ({@code TargetSource#id}) the row belongs to
 * @param row    the row by its key columns, e.g. {@code ord_id=0003, ord_line_id=0004}
 * @param detail what differs (the attributes and both values, or the positions), empty when the kind says it all
 */
public record RowDifference(Kind kind, String source, String row, String detail) {

    public enum Kind {
        /** MySQL returns the row; the DynamoDB operation does not return its item. */
        MISSING_IN_DYNAMODB,
        /** The DynamoDB operation returns an item no row of the MySQL result maps to. */
        ONLY_IN_DYNAMODB,
        /** Both return the row, but an attribute of the item differs from what the row maps to. */
        ATTRIBUTE_DIFFERS,
        /** Both return the same rows, in another order than the pattern's ORDER BY. */
        ORDER_DIFFERS
    }

    /** One line: {@code missing in DynamoDB: OrderLines ord_id=0003, ord_line_id=0004}. */
    public String describe() {
        String what = switch (kind) {
            case MISSING_IN_DYNAMODB -> "missing in DynamoDB";
            case ONLY_IN_DYNAMODB -> "only in DynamoDB";
            case ATTRIBUTE_DIFFERS -> "attribute differs";
            case ORDER_DIFFERS -> "order differs";
        };
        return what + ": " + source + " " + row + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
