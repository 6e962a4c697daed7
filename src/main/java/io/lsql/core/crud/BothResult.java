package io.lsql.core.crud;

import java.util.List;

/**
 * A write run on both engines, then both read back and compared through the migration's mapping.
 *
 * @param sql         the MySQL statement's outcome; {@code null} for a plain {@link BothWrites#compare}
 * @param dynamo      the DynamoDB call's outcome; {@code null} when not sent (MySQL refused the row for another reason
 *                    than a duplicate key, or a plain compare)
 * @param rowAfter    the MySQL row after the write, {@code null} when there is none
 * @param itemAfter   the DynamoDB item after the write (consistent read), {@code null} when there is none
 * @param differences where {@code itemAfter} differs from the item {@code rowAfter} maps to; empty when they agree
 */
public record BothResult(SqlResult sql, DynamoResult dynamo, RowValues rowAfter, Item itemAfter, List<AttributeDiff> differences) {

    /** Said with every "both" write: each engine commits on its own. */
    public static final String NOT_ATOMIC = "Not atomic across the two engines: each side commits on its own, and a failure on one"
            + " does not undo the other.";

    public BothResult {
        differences = List.copyOf(differences);
    }

    /** True when both sides now hold the same record (or both hold none). */
    public boolean agree() {
        return differences.isEmpty() && (rowAfter == null) == (itemAfter == null);
    }
}
