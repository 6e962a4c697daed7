package io.lsql.core.crud;

/**
 * One attribute on which the item read from DynamoDB differs from the item the MySQL row maps to.
 *
 * @param expected from the MySQL row through the migration's mapping; {@code null} when the row has no such attribute
 * @param actual   as read from DynamoDB; {@code null} when the item has none
 */
public record AttributeDiff(String attribute, ItemValue expected, ItemValue actual) {
}
