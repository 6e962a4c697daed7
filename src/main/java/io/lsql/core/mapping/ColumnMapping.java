package io.lsql.core.mapping;

/**
 * How one MySQL column becomes a DynamoDB attribute.
 *
 * @param type the attribute type written for non-NULL values
 * @param format how values are rendered (e.g. "ISO-8601 UTC with Z"), for rationale and reports
 * @param lossy true when DynamoDB cannot hold the value natively (the design warns)
 * @param note why, for lossy or unusual mappings; empty otherwise
 */
public record ColumnMapping(AttributeType type, String format, boolean lossy, String note) {
}
