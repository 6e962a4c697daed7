package io.lsql.core.crud;

/**
 * A global secondary index of the bound table.
 *
 * @param sortKey {@code null} when the index has no sort key
 * @param projection ALL, KEYS_ONLY or INCLUDE
 */
public record IndexInfo(String name, KeyField partitionKey, KeyField sortKey, String projection) {
}
