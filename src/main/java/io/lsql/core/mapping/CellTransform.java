package io.lsql.core.mapping;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rewrites one column's mapped value for a {@link Transform} into a cell of its own, just before the
 * encoder writes the attribute. The row's cell keeps the stored value, so key templates, the content
 * hash and the counts of the {@link RowMapper} are the same under every transform.
 */
final class CellTransform {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final SourceColumn column;
    private final Transform transform;
    private final Cell out = new Cell();
    private String problem;

    private CellTransform(SourceColumn column, Transform transform) {
        this.column = column;
        this.transform = transform;
    }

    /** The rewrite of {@code column}'s values, or {@code null} when the transform writes what the type mapping does. */
    static CellTransform of(SourceColumn column, Transform transform) {
        return writesAsMapped(column.kind(), transform) ? null : new CellTransform(column, transform);
    }

    private static boolean writesAsMapped(ValueKind kind, Transform transform) {
        return switch (transform) {
            case DEFAULT -> true;
            case STRING -> switch (kind) {
                case DECIMAL_S, STRING, DATE, DATETIME, TIMESTAMP, TIME, GEOMETRY, OTHER -> true;
                default -> false;
            };
            case NUMBER -> kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL_N || kind == ValueKind.FLOAT
                    || kind == ValueKind.DOUBLE;
            case BOOL, ISO_TEXT, DOCUMENT -> true;
            case EPOCH_SECONDS, EPOCH_MILLIS -> false;
        };
    }

    /**
     * The value to write for {@code in} (the row's cell, returned as is when absent), or {@code null}
     * when it has none under the transform: {@link #problem()} then says why, and the row is a reject.
     */
    Cell apply(Cell in) {
        if (!in.isPresent()) {
            return in;
        }
        switch (transform) {
            case STRING -> out.string(approximate() || in.rawText() == null ? in.text() : in.rawText());
            case NUMBER -> {
                return number(in);
            }
            case EPOCH_SECONDS, EPOCH_MILLIS -> {
                return epoch(in.text());
            }
            default -> throw new IllegalStateException("transform " + transform + " rewrites nothing");
        }
        return out;
    }

    /**
     * FLOAT and DOUBLE reach us as the driver renders a double ({@code 1.5E-7}), so their text is the
     * number's canonical text, as its N value would show it; other numbers keep the server's exact text.
     */
    private boolean approximate() {
        return column.kind() == ValueKind.FLOAT || column.kind() == ValueKind.DOUBLE;
    }

    /** Why the last {@link #apply} returned {@code null}. */
    String problem() {
        return problem;
    }

    private Cell number(Cell in) {
        if (in.type() == AttributeType.BOOL) {
            out.number(in.rawText(), in.rawText());
            return out;
        }
        Optional<String> canonical = NumberText.canonical(in.text());
        if (canonical.isEmpty()) {
            problem = "column " + column.name() + ": " + in.text() + " is outside DynamoDB's number range (38 digits, "
                    + "1E-130 to 9.99E+125), so it cannot be written as a number; use the transform string";
            return null;
        }
        out.number(canonical.get(), in.text());
        return out;
    }

    private Cell epoch(String text) {
        long millis;
        try {
            millis = epochMillis(text);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            problem = "column " + column.name() + ": " + text + " is not a calendar date, so it has no " + transform.id()
                    + " value";
            return null;
        }
        String value = Long.toString(transform == Transform.EPOCH_SECONDS ? Math.floorDiv(millis, 1000) : millis);
        out.number(value, value);
        return out;
    }

    /**
     * Milliseconds since 1970-01-01T00:00:00Z of the mapper's ISO text ({@code YYYY-MM-DD}, optionally
     * {@code THH:MM:SS[.fraction]} and {@code Z}), read as UTC.
     */
    static long epochMillis(String text) {
        LocalDate date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        long millis = date.toEpochDay() * MILLIS_PER_DAY;
        if (text.length() > 10) {
            millis += (digits(text, 11, 13) * 3600L + digits(text, 14, 16) * 60L + digits(text, 17, 19)) * 1000L;
            if (text.length() > 20 && text.charAt(19) == '.') {
                int scale = 100;
                for (int i = 20; i < Math.min(23, text.length()) && Character.isDigit(text.charAt(i)); i++) {
                    millis += (text.charAt(i) - '0') * (long) scale;
                    scale /= 10;
                }
            }
        }
        return millis;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
