package io.lsql.core.mapping;

import io.lsql.core.schema.Column;

import java.util.Locale;

/**
 * The type-mapping contract (DOMAIN.md): the one place that decides which DynamoDB type a MySQL
 * column becomes. The design advisor, export, load, verify and CRUD all ask here.
 */
public final class TypeMapping {

    /** DynamoDB numbers hold at most 38 significant digits. */
    public static final int MAX_NUMBER_DIGITS = 38;

    private TypeMapping() {
    }

    public static ColumnMapping forColumn(Column column) {
        String type = column.dataType().toLowerCase(Locale.ROOT);
        String declared = column.columnType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "tinyint" -> declared.startsWith("tinyint(1)") && !column.unsigned()
                    ? plain(AttributeType.BOOL, "true/false (TINYINT(1) is MySQL's BOOLEAN)")
                    : plain(AttributeType.N, "exact integer");
            case "boolean", "bool" -> plain(AttributeType.BOOL, "true/false");
            case "bit" -> isBit1(declared) ? plain(AttributeType.BOOL, "true/false")
                    : plain(AttributeType.B, "the bit string's bytes, big-endian");
            case "smallint", "mediumint", "int", "integer", "bigint" -> plain(AttributeType.N, "exact integer");
            case "year" -> plain(AttributeType.N, "four-digit year");
            case "decimal", "numeric" -> decimal(column);
            case "float", "double", "real", "double precision" -> plain(AttributeType.N, "shortest text that round-trips");
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum" ->
                    plain(AttributeType.S, "text; '' stays \"\"");
            case "set" -> plain(AttributeType.SS, "string set; an empty set omits the attribute");
            case "date" -> plain(AttributeType.S, "YYYY-MM-DD");
            case "datetime" -> plain(AttributeType.S, "YYYY-MM-DDTHH:MM:SS[.fraction] (ISO-8601, no zone)");
            case "timestamp" -> plain(AttributeType.S, "YYYY-MM-DDTHH:MM:SS[.fraction]Z (ISO-8601 in UTC)");
            case "time" -> plain(AttributeType.S, "[-]HHH:MM:SS[.fraction] as MySQL shows it");
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> plain(AttributeType.B, "bytes, exact");
            case "json" -> plain(AttributeType.DOCUMENT, "native document: objects M, arrays L, numbers N");
            case "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                 "geometrycollection", "geomcollection" -> new ColumnMapping(AttributeType.S, "WKT text", true,
                    "DynamoDB has no spatial type: stored as WKT text, and spatial queries need a geohash key or another service");
            default -> new ColumnMapping(AttributeType.S, "text as the server renders it", true,
                    "type " + column.columnType() + " has no DynamoDB counterpart: exported as its text form");
        };
    }

    private static ColumnMapping decimal(Column column) {
        int precision = column.precision() == null ? 10 : column.precision();
        if (precision > MAX_NUMBER_DIGITS) {
            return new ColumnMapping(AttributeType.S, "exact decimal text", true,
                    "DECIMAL(" + precision + "," + column.scale() + ") can exceed DynamoDB's 38 significant digits: stored as exact text (S), so it no longer sorts or adds as a number");
        }
        return plain(AttributeType.N, "exact decimal, never through double");
    }

    private static boolean isBit1(String declared) {
        return declared.equals("bit(1)") || declared.equals("bit");
    }

    private static ColumnMapping plain(AttributeType type, String format) {
        return new ColumnMapping(type, format, false, "");
    }

    /** The type a column gets when it is (part of) a key: keys must be S, N or B. */
    public static AttributeType keyType(Column column) {
        AttributeType type = forColumn(column).type();
        if (type == AttributeType.BOOL) {
            return AttributeType.N;
        }
        return type.isKeyType() ? type : AttributeType.S;
    }
}
