package io.lsql.core.schema;

import java.util.List;

/**
 * A column as the server describes it, normalised across MySQL 8 and MariaDB.
 *
 * @param dataType lower-case base type ({@code varchar}, {@code bigint}, {@code json}…); MariaDB's
 *                 JSON (longtext + JSON_VALID check) is reported as {@code json}
 * @param columnType the full declaration ({@code bigint(20) unsigned}, {@code enum('a','b')})
 * @param maxBytes the largest value in bytes the column can hold, when known
 * @param generation {@code null}, {@code VIRTUAL} or {@code STORED}
 * @param enumValues the members of an ENUM or SET, else empty
 */
public record Column(
        String name,
        int position,
        String dataType,
        String columnType,
        Long charLength,
        Long maxBytes,
        Integer precision,
        Integer scale,
        Integer datetimePrecision,
        boolean unsigned,
        boolean nullable,
        String defaultValue,
        String generation,
        boolean autoIncrement,
        String charset,
        List<String> enumValues) {

    public Column {
        enumValues = List.copyOf(enumValues);
    }

    public boolean isGenerated() {
        return generation != null;
    }
}
