package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;

import java.util.List;

/**
 * One key attribute of a table or index.
 *
 * @param attribute the attribute name in DynamoDB
 * @param columns the source columns its value is built from
 * @param template how the value is built: {@code {col}} copies a column, {@code {col:0N}} zero-pads
 *                 a number to N characters, literal text is kept ({@code CUST#{cust_id}}); the
 *                 template {@code {#rowhash}} is a content hash for tables without any key
 */
public record KeyPart(String attribute, AttributeType type, List<String> columns, String template) {

    public KeyPart {
        columns = List.copyOf(columns);
    }

    /** True when the attribute is a plain copy of one source column under its own name. */
    public boolean isPlainColumn() {
        return columns.size() == 1 && template.equals(io.lsql.core.mapping.KeyTemplate.placeholder(columns.get(0), 0))
                && attribute.equals(columns.get(0));
    }
}
