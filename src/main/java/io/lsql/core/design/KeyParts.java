package io.lsql.core.design;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.ValueKind;
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
            return new KeyPart(column.name(), TypeMapping.keyType(column), List.of(column.name()),
                    KeyTemplate.placeholder(column.name(), 0));
        }
        String template = columns.stream().map(name -> placeholder(column(table, name))).collect(Collectors.joining(SEPARATOR));
        return new KeyPart(String.join(SEPARATOR, columns), AttributeType.S, columns, template);
    }

    /**
     * A secondary index's key part. A single column whose values can't always be an index key as
     * they are (an empty string or binary, a BOOL, a string set, a document) is indexed through a
     * derived attribute {@code <column>_key}, typed as the key schema declares it and left out
     * where the value is empty, so the index stays sparse while the column keeps its own attribute.
     */
    static KeyPart ofIndex(Table table, List<String> columns) {
        KeyPart part = of(table, columns);
        if (columns.size() > 1 || !needsDerivedKey(column(table, columns.get(0)))) {
            return part;
        }
        return new KeyPart(derivedName(table, part.attribute()), part.type(), part.columns(), part.template());
    }

    /** True when some value of the column is refused as an index key when copied as it is. */
    static boolean needsDerivedKey(Column column) {
        return switch (ValueKind.of(column)) {
            case BOOL_NUMBER, BOOL_BIT, SET, JSON, STRING, OTHER -> true;
            case BINARY -> !column.dataType().equalsIgnoreCase("binary") && !column.dataType().equalsIgnoreCase("bit");
            default -> false;
        };
    }

    /** Why a column is indexed through a derived attribute, for the rationale. */
    static String derivedReason(Column column) {
        return switch (ValueKind.of(column)) {
            case BOOL_NUMBER, BOOL_BIT -> column.name() + " is written as BOOL, which cannot be an index key: the index uses its "
                    + "number (0/1) in a derived N attribute";
            case SET -> column.name() + " is written as a string set (SS), which cannot be an index key: the index uses the "
                    + "set's text in a derived S attribute, left out when the set is empty";
            case JSON -> column.name() + " is written as a document, which cannot be an index key: the index uses its JSON "
                    + "text in a derived S attribute";
            case BINARY -> column.name() + " may hold empty bytes, which DynamoDB refuses in an index key: the index uses a "
                    + "derived copy that is left out when empty";
            default -> column.name() + " may hold '' (an empty string), which DynamoDB refuses in an index key: the index uses a "
                    + "derived copy that is left out when empty, so such rows stay in the table but not in the index";
        };
    }

    private static String derivedName(Table table, String column) {
        String name = column + "_key";
        while (table.column(name).isPresent()) {
            name = name + "_";
        }
        return name;
    }

    /** {@code {col}} for text and dates (already sortable), {@code {col:0W}} for numbers so text order = number order. */
    static String placeholder(Column column) {
        return KeyTemplate.placeholder(column.name(), paddedWidth(column));
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
