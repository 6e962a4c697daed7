package io.lsql.core.patterns;

import io.lsql.core.LsqlException;
import io.lsql.core.sample.SqlScript;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams the statements of a MySQL/MariaDB general log, slow log or .sql file, line by line. */
final class LogFiles {

    private static final Pattern GENERAL_ENTRY = Pattern.compile("^([^\\t]*)\\t+\\s*(\\d+)\\s+([A-Za-z ]+?)\\t(.*)$");
    private static final Pattern CLASSIC_TIME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern SLOW_ROWS = Pattern.compile("Rows_sent:\\s*(\\d+)\\s+Rows_examined:\\s*(\\d+)");
    private static final Pattern SLOW_TIMESTAMP = Pattern.compile("(?i)^SET timestamp\\s*=\\s*(\\d+)$");

    private LogFiles() {
    }

    /** The statements of a general log: Query and Execute entries, multi-line statements joined. */
    static void generalLog(Path file, Consumer<RawStatement> sink) {
        StringBuilder statement = new StringBuilder();
        Instant[] time = {null};
        read(file, line -> {
            Matcher entry = GENERAL_ENTRY.matcher(line);
            if (entry.matches()) {
                emitGeneral(statement, time[0], sink);
                Instant at = instant(entry.group(1).strip());
                time[0] = at != null ? at : time[0];
                String command = entry.group(3).strip();
                if (command.equals("Query") || command.equals("Execute")) {
                    statement.append(entry.group(4));
                }
            } else if (statement.length() > 0) {
                statement.append('\n').append(line);
            }
        });
        emitGeneral(statement, time[0], sink);
    }

    private static void emitGeneral(StringBuilder statement, Instant time, Consumer<RawStatement> sink) {
        if (statement.length() > 0) {
            sink.accept(new RawStatement(statement.toString(), PatternSource.GENERAL_LOG, 1, 0, 0, time, time));
            statement.setLength(0);
        }
    }

    /** The statements of a slow log, with each entry's Rows_sent, Rows_examined and SET timestamp. */
    static void slowLog(Path file, Consumer<RawStatement> sink) {
        SlowEntry entry = new SlowEntry(sink);
        read(file, line -> {
            if (line.startsWith("#")) {
                entry.header(line);
            } else {
                entry.body.append(line).append('\n');
            }
        });
        entry.flush();
    }

    /** The statements of a .sql script, each seen once. */
    static void sqlFile(Path file, Consumer<RawStatement> sink) {
        try {
            for (String sql : SqlScript.split(Files.readString(file, StandardCharsets.UTF_8))) {
                sink.accept(RawStatement.once(sql, PatternSource.FILE));
            }
        } catch (IOException e) {
            throw new LsqlException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void read(Path file, Consumer<String> lines) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            throw new LsqlException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The time of a general-log entry: ISO-8601 (MySQL 5.7+), or MariaDB's {@code YYMMDD HH:MM:SS} (hour
     * space-padded) read as UTC; {@code null} for a blank time column (the entry ran in the previous entry's second).
     */
    static Instant instant(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher classic = CLASSIC_TIME.matcher(text);
        try {
            if (classic.matches()) {
                return LocalDateTime.of(2000 + Integer.parseInt(classic.group(1)), Integer.parseInt(classic.group(2)),
                        Integer.parseInt(classic.group(3)), Integer.parseInt(classic.group(4)), Integer.parseInt(classic.group(5)),
                        Integer.parseInt(classic.group(6))).toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** One slow-log entry: its header's row counts, then its statements. */
    private static final class SlowEntry {
        final Consumer<RawStatement> sink;
        final StringBuilder body = new StringBuilder();
        long rowsSent;
        long rowsExamined;

        SlowEntry(Consumer<RawStatement> sink) {
            this.sink = sink;
        }

        void header(String line) {
            flush();
            Matcher rows = SLOW_ROWS.matcher(line);
            if (rows.find()) {
                rowsSent = Long.parseLong(rows.group(1));
                rowsExamined = Long.parseLong(rows.group(2));
            }
        }

        void flush() {
            Instant time = null;
            for (String sql : SqlScript.split(body.toString())) {
                Matcher timestamp = SLOW_TIMESTAMP.matcher(sql.strip());
                if (timestamp.matches()) {
                    time = Instant.ofEpochSecond(Long.parseLong(timestamp.group(1)));
                } else if (!sql.strip().toLowerCase(java.util.Locale.ROOT).startsWith("use ")) {
                    sink.accept(new RawStatement(sql, PatternSource.SLOW_LOG, 1, rowsSent, rowsExamined, time, time));
                }
            }
            body.setLength(0);
        }
    }
}
