package io.lsql.core.mapping;

import io.lsql.core.schema.Column;

import java.util.Locale;

/** How a column's value is read from the text protocol and turned into a DynamoDB value. */
public enum ValueKind {
    BOOL_NUMBER, BOOL_BIT, INTEGER, DECIMAL_N, DECIMAL_S, FLOAT, DOUBLE, STRING, SET, DATE, DATETIME, TIMESTAMP, TIME,
    BINARY, JSON, GEOMETRY, OTHER;

    /** The reading strategy for a column, consistent with {@link TypeMapping#forColumn}. */
    public static ValueKind of(Column column) {
        ColumnMapping mapping = TypeMapping.forColumn(column);
        String type = column.dataType().toLowerCase(Locale.ROOT);
        if (mapping.type() == AttributeType.BOOL) {
            return "bit".equals(type) ? BOOL_BIT : BOOL_NUMBER;
        }
        return switch (type) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint", "year" -> INTEGER;
            case "decimal", "numeric" -> mapping.type() == AttributeType.N ? DECIMAL_N : DECIMAL_S;
            case "float" -> FLOAT;
            case "double", "real", "double precision" -> DOUBLE;
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum" -> STRING;
            case "set" -> SET;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "timestamp" -> TIMESTAMP;
            case "time" -> TIME;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "bit" -> BINARY;
            case "json" -> JSON;
            case "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
                 "geometrycollection", "geomcollection" -> GEOMETRY;
            default -> OTHER;
        };
    }

    /**
     * The SELECT expression that reads this column exactly: FLOAT travels as DOUBLE (the text
     * protocol prints FLOAT with 6 digits), geometry as WKT.
     */
    public String selectExpression(String quotedColumn) {
        return switch (this) {
            case FLOAT -> "(" + quotedColumn + " + 0E0) AS " + quotedColumn;
            case GEOMETRY -> "ST_AsText(" + quotedColumn + ") AS " + quotedColumn;
            default -> quotedColumn;
        };
    }
}
