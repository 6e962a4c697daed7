package io.lsql.core.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lsql.core.LsqlException;

import java.util.Locale;

/**
 * How one column's values are written, where a plan asks for something other than the type mapping's
 * default ({@link #DEFAULT}). Each transform applies to some column types only; the plan check says which.
 */
public enum Transform {
    /** As {@link TypeMapping} decides for the column type. */
    DEFAULT,
    /** S: the value's text (DECIMAL as exact text, JSON as its text, numbers as text). */
    STRING,
    /** N: TINYINT(1)/BIT(1) as 0/1, DECIMAL as a number (refused beyond 38 digits). */
    NUMBER,
    /** BOOL: TINYINT(1)/BIT(1) as true/false. */
    BOOL,
    /** S: DATE/DATETIME/TIMESTAMP as ISO-8601 text. */
    ISO_TEXT,
    /** N: DATETIME/TIMESTAMP as whole seconds since 1970-01-01T00:00:00Z (the form a TTL attribute needs). */
    EPOCH_SECONDS,
    /** N: DATETIME/TIMESTAMP as milliseconds since 1970-01-01T00:00:00Z. */
    EPOCH_MILLIS,
    /** M/L: JSON as a native document. */
    DOCUMENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Transform parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (Transform t : values()) {
            if (t.id().equalsIgnoreCase(wanted) || t.name().equalsIgnoreCase(wanted)) {
                return t;
            }
        }
        throw new LsqlException("transform must be one of default, string, number, bool, iso-text, epoch-seconds, "
                + "epoch-millis, document, not '" + text + "'.");
    }

    @Override
    public String toString() {
        return id();
    }
}
