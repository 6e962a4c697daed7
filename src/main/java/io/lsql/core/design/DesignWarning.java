package io.lsql.core.design;

/**
 * Something the user should know before migrating.
 *
 * @param code a stable identifier (ITEM_SIZE, DECIMAL_PRECISION, HOT_PARTITION…) for tests and filters
 * @param subject the column, index or key it is about
 */
public record DesignWarning(Severity severity, String code, String subject, String message) {
}
