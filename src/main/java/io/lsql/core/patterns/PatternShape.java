package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What a statement reads or writes, as the scoring needs it. Column names are {@code Table.column}
 * with aliases resolved to real tables and unqualified columns resolved against the schema.
 *
 * @param tables the tables the statement touches, in order of appearance
 * @param equalityColumns columns compared with {@code =} (or {@code IN}) to a value or placeholder
 * @param range the one range condition, {@code null} when there is none
 * @param otherPredicates the remaining conditions, as SQL text
 * @param limit the LIMIT row count, {@link #NO_LIMIT} or {@link #PLACEHOLDER_LIMIT}
 * @param aggregates aggregate calls in the select list, as SQL text ({@code COUNT(*)})
 * @param groupBy the GROUP BY columns
 * @param unparsedReason one sentence why the statement could not be parsed, empty when it was
 */
@JsonPropertyOrder({"kind", "tables", "equalityColumns", "range", "otherPredicates", "orderBy", "limit", "joins",
        "aggregates", "groupBy", "unparsedReason"})
public record PatternShape(
        StatementKind kind,
        List<String> tables,
        List<String> equalityColumns,
        RangeCondition range,
        List<String> otherPredicates,
        List<OrderTerm> orderBy,
        long limit,
        List<JoinPair> joins,
        List<String> aggregates,
        List<String> groupBy,
        String unparsedReason) {

    public static final long NO_LIMIT = 0;
    public static final long PLACEHOLDER_LIMIT = -1;

    public PatternShape {
        tables = List.copyOf(tables);
        equalityColumns = List.copyOf(equalityColumns);
        otherPredicates = List.copyOf(otherPredicates);
        orderBy = List.copyOf(orderBy);
        joins = List.copyOf(joins);
        aggregates = List.copyOf(aggregates);
        groupBy = List.copyOf(groupBy);
        unparsedReason = unparsedReason == null ? "" : unparsedReason;
    }

    /** The shape of a statement the parser could not read, kept with the reason. */
    public static PatternShape unparsed(String reason) {
        return new PatternShape(StatementKind.OTHER, List.of(), List.of(), null, List.of(), List.of(), NO_LIMIT,
                List.of(), List.of(), List.of(), reason);
    }

    public boolean parsed() {
        return unparsedReason.isEmpty();
    }
}
