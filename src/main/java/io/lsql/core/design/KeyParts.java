package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ColumnTypes;
import io.lsql.core.schema.Table;

import java.util.List;
import java.util.stream.Collectors;

/** Builds key attributes from columns: a plain copy for one column, a padded composite for several. */
final class KeyParts {

    static final String SEPARATOR = "#";

    private KeyParts() {
    }

    static KeyPart of(Table table, List<String> columns) {
        if (columns.size() == 1) {
            Column column = column(table, columns.get(0));
            return new KeyPart(column.name(), TypeMapping.keyType(column), List.of(column.name()), "{" + column.name() + "}");
        }
        String template = columns.stream().map(name -> placeholder(column(table, name))).collect(Collectors.joining(SEPARATOR));
        return new KeyPart(String.join(SEPARATOR, columns), AttributeType.S, columns, template);
    }

    /** {@code {col}} for text and dates (already sortable), {@code {col:0W}} for numbers so text order = number order. */
    static String placeholder(Column column) {
        int width = paddedWidth(column);
        return width > 0 ? "{" + column.name() + ":0" + width + "}" : "{" + column.name() + "}";
    }

    static int paddedWidth(Column column) {
        int digits = ColumnTypes.integerDigits(column);
        if (digits > 0) {
            return column.unsigned() ? digits : digits + 1;
        }
        if (("decimal".equals(column.dataType()) || "numeric".equals(column.dataType())) && column.precision() != null) {
            int scale = column.scale() == null ? 0 : column.scale();
            return column.precision() + (scale > 0 ? 1 : 0) + (column.unsigned() ? 0 : 1);
        }
        return 0;
    }

    static boolean isSignedNumber(Column column) {
        return paddedWidth(column) > 0 && !column.unsigned();
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new IllegalArgumentException(
                "column " + name + " is not in " + table.name()));
    }
}
