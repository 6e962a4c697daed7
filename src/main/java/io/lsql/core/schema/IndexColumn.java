package io.lsql.core.schema;

/**
 * One part of an index.
 *
 * @param column the column name, or {@code null} for a functional key part (MySQL 8)
 * @param prefixLength bytes/characters indexed for a prefix index, else {@code null}
 * @param cardinality the server's estimate of distinct values up to this part, or -1
 */
public record IndexColumn(String column, String expression, Integer prefixLength, boolean descending, long cardinality) {
}
