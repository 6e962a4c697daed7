package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Two columns a pattern joins on, as {@code Table.column}.
 *
 * @param foreignKey true when a declared foreign key links these two columns (either direction)
 */
@JsonPropertyOrder({"left", "right", "foreignKey"})
public record JoinPair(String left, String right, boolean foreignKey) {
}
