package io.lsql.core.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lsql.core.LsqlException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How one column's values are written, where a plan asks for something other than the type mapping's
 * default ({@link #DEFAULT}). Each transform applies to some column types only: {@link #check} says which.
 * A transform changes the column's own attribute only; key attributes built from the column keep
 * the stored value (see {@link ItemLayout}).
 */
public enum Transform {
    /** As {@link TypeMapping} decides for the column type. */
    DEFAULT,
    /**
     * S: the value's text (DECIMAL as exact text with its scale, JSON as its text, integers and TINYINT(1)
     * as the server prints them, FLOAT/DOUBLE as the text of their N value, or {@code 1E+300} where that is
     * beyond DynamoDB's numbers); any column but a binary one.
     */
    STRING,
    /**
     * N: BIT(1) as 0/1, TINYINT(1) as the number stored (0/1, or e.g. 2 where the column holds it), DECIMAL as
     * a number: a value beyond 38 significant digits makes its row a reject, as DynamoDB would refuse it.
     */
    NUMBER,
    /** BOOL: TINYINT(1)/BIT(1) as true/false. */
    BOOL,
    /** S: DATE/DATETIME/TIMESTAMP as ISO-8601 text. */
    ISO_TEXT,
    /**
     * N: DATE/DATETIME/TIMESTAMP as whole seconds since 1970-01-01T00:00:00Z, rounded down (the form a TTL
     * attribute needs). DATETIME has no zone and is read as UTC; TIMESTAMP is read in a UTC session; a DATE is
     * its midnight UTC. Zero dates stay left out and counted.
     */
    EPOCH_SECONDS,
    /** N: as {@link #EPOCH_SECONDS} in milliseconds (fractions below a millisecond are dropped). */
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

    /**
     * Why {@code transform} can't apply to {@code column}, in one sentence, or {@code null} when it can.
     * Layouts refuse a misfit when they are built; the plan check reports it per column.
     */
    public static String check(SourceColumn column, Transform transform) {
        if (transform == null || transform.fits(column.kind())) {
            return null;
        }
        return "Column " + column.name() + " (" + column.column().columnType() + ") cannot take the transform "
                + transform.id() + ", which applies to " + transform.appliesTo() + ".";
    }

    /** The transforms that fit {@code column}, {@link #DEFAULT} first: the choices a mapping grid offers. */
    public static List<Transform> choices(SourceColumn column) {
        return Arrays.stream(values()).filter(t -> t.fits(column.kind())).toList();
    }

    /**
     * The attribute type {@code column} is written as under {@code transform} ({@link AttributeType#DOCUMENT}
     * for a JSON document, whose values become M, L, S, N, BOOL or NULL).
     *
     * @throws LsqlException when the transform does not fit the column ({@link #check})
     */
    public static AttributeType attributeType(SourceColumn column, Transform transform) {
        String refused = check(column, transform);
        if (refused != null) {
            throw new LsqlException(refused);
        }
        return switch (transform == null ? DEFAULT : transform) {
            case DEFAULT -> column.mapping().type();
            case STRING, ISO_TEXT -> AttributeType.S;
            case NUMBER, EPOCH_SECONDS, EPOCH_MILLIS -> AttributeType.N;
            case BOOL -> AttributeType.BOOL;
            case DOCUMENT -> AttributeType.DOCUMENT;
        };
    }

    boolean fits(ValueKind kind) {
        return switch (this) {
            case DEFAULT -> true;
            case STRING -> kind != ValueKind.BINARY;
            case NUMBER -> switch (kind) {
                case BOOL_NUMBER, BOOL_BIT, INTEGER, DECIMAL_N, DECIMAL_S, FLOAT, DOUBLE -> true;
                default -> false;
            };
            case BOOL -> kind == ValueKind.BOOL_NUMBER || kind == ValueKind.BOOL_BIT;
            case ISO_TEXT, EPOCH_SECONDS, EPOCH_MILLIS -> kind == ValueKind.DATE || kind == ValueKind.DATETIME
                    || kind == ValueKind.TIMESTAMP;
            case DOCUMENT -> kind == ValueKind.JSON;
        };
    }

    private String appliesTo() {
        return switch (this) {
            case DEFAULT -> "every column";
            case STRING -> "every column except binary ones (BINARY, VARBINARY, BLOB, BIT(n)), whose bytes have no text form";
            case NUMBER -> "numeric columns and TINYINT(1)/BIT(1) only";
            case BOOL -> "TINYINT(1), BOOLEAN and BIT(1) columns only";
            case ISO_TEXT, EPOCH_SECONDS, EPOCH_MILLIS -> "DATE, DATETIME and TIMESTAMP columns only";
            case DOCUMENT -> "JSON columns only";
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
