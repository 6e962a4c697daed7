package io.lsql.core;

import io.lsql.core.connect.JdbcUrls;

import java.util.regex.Pattern;

/**
 * Condenses the raw text of a JDBC, SDK or I/O failure into a part of one sentence: its first
 * meaningful line, without a leading exception class name, without a trailing period, and with the
 * secrets of any JDBC URL in it masked. The one place that does this, so every message reads alike.
 */
public final class ErrorText {

    /** "java.sql.SQLSyntaxErrorException: " and the like at the start of a line. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

    private ErrorText() {
    }

    /** The first meaningful line of {@code message}, e.g. "Communications link failure" from a three-paragraph driver text. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("unknown error");
        String previous;
        do {
            previous = line;
            line = CLASS_PREFIX.matcher(line).replaceFirst("");
        } while (!line.equals(previous) && !line.isEmpty());
        line = line.isEmpty() ? previous : line;
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return JdbcUrls.redact(line);
    }

    /** {@link #firstLine(String)} of a failure's message, or its class name when it has none. */
    public static String of(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }
}
