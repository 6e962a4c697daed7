package io.lsql.core.crud;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Column values of a MySQL row, or of a row's key, in column order: the text MySQL prints for each value
 * ({@code null} for SQL NULL; binary columns as base64). A grid edits these; statements bind them.
 */
public record RowValues(Map<String, String> values) {

    public static final RowValues EMPTY = new RowValues(Map.of());

    public RowValues {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static RowValues of(String column, String value) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(column, value);
        return new RowValues(values);
    }

    public static RowValues of(String column, String value, String column2, String value2) {
        return of(column, value).with(column2, value2);
    }

    /** The value of {@code column} (matched case-insensitively, as MySQL does), {@code null} when NULL or absent. */
    public String get(String column) {
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return null;
    }

    public RowValues with(String column, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(column, value);
        return new RowValues(next);
    }
}
