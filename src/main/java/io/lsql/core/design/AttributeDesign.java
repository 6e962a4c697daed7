package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;

/**
 * One attribute of the items.
 *
 * @param sourceColumn the column it copies, or {@code null} for a derived (composite key) attribute
 * @param format how values are written, the reason for the type
 * @param omittedWhenNull true when NULL values leave the attribute out of the item
 */
public record AttributeDesign(String name, String sourceColumn, AttributeType type, String sourceType, String format,
                              boolean omittedWhenNull) {
}
