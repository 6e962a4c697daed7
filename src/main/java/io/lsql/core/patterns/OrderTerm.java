package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One ORDER BY term: {@code Table.column} (or the expression's text) and its direction. */
@JsonPropertyOrder({"column", "direction"})
public record OrderTerm(String column, Direction direction) {

    public enum Direction { ASC, DESC }
}
