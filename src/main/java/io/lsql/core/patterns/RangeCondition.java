package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The one range condition of a pattern, the candidate for a sort-key condition.
 *
 * @param column {@code Table.column}
 * @param operator the comparison; {@code LIKE 'x%'} becomes {@link Operator#BEGINS_WITH}
 * @param exclusive true for a {@link Operator#BETWEEN} made of two bounds of which one is strict
 *                  ({@code d >= ? AND d < ?}): a key condition's BETWEEN includes both ends, so the strict end must
 *                  still be filtered
 */
@JsonPropertyOrder({"column", "operator", "exclusive"})
public record RangeCondition(String column, Operator operator,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean exclusive) {

    public RangeCondition(String column, Operator operator) {
        this(column, operator, false);
    }

    /** The operators a DynamoDB key condition has for a sort key (besides =). */
    public enum Operator { LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
}
