package io.lsql.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Facts derived from a column's declared type. */
public final class ColumnTypes {

    private static final long FOUR_GB = 4_294_967_295L;

    private ColumnTypes() {
    }

    /** The largest value the column can hold once written to DynamoDB, in bytes; {@code null} when unknown. */
    public static Long maxBytes(String dataType, String columnType, Long octetLength, Integer precision) {
        return switch (dataType) {
            case "tinyint", "bit", "boolean", "bool" -> 2L;
            case "smallint", "mediumint", "int", "integer", "year" -> 6L;
            case "bigint" -> 11L;
            case "decimal", "numeric" -> precision == null ? 21L : (long) precision + 2;
            case "float", "double", "real" -> 21L;
            case "date" -> 10L;
            case "datetime", "timestamp" -> 27L;
            case "time" -> 17L;
            case "json", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                 "geometrycollection", "geomcollection" -> octetLength != null ? octetLength : FOUR_GB;
            default -> octetLength;
        };
    }

    /** The members of {@code enum('a','b')} or {@code set('x','y')}, unescaped; empty for other types. */
    public static List<String> enumValues(String columnType) {
        String lower = columnType.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("enum(") || lower.startsWith("set("))) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        String body = columnType.substring(columnType.indexOf('(') + 1, columnType.lastIndexOf(')'));
        StringBuilder current = null;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (current == null) {
                if (c == '\'') {
                    current = new StringBuilder();
                }
            } else if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                current.append('\'');
                i++;
            } else if (c == '\\' && i + 1 < body.length()) {
                current.append(body.charAt(++i));
            } else if (c == '\'') {
                values.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        return values;
    }

    /** Decimal digits needed to print any value of an integer column, used to zero-pad key parts. */
    public static int integerDigits(Column column) {
        return switch (column.dataType()) {
            case "tinyint" -> 3;
            case "smallint" -> 5;
            case "mediumint" -> 8;
            case "int", "integer" -> 10;
            case "bigint" -> column.unsigned() ? 20 : 19;
            case "year" -> 4;
            default -> 0;
        };
    }
}
