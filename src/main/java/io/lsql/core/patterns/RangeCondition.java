package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The one range condition of a pattern, the candidate for a sort-key condition.
 *
 * @param column {@code Table.column}
 * @param operator the comparison; {@code LIKE 'x%'} becomes {@link Operator#BEGINS_WITH}
 */
@JsonPropertyOrder({"column", "operator"})
public record RangeCondition(String column, Operator operator) {

    /** The operators a DynamoDB key condition has for a sort key (besides =). */
    public enum Operator { LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
}
