package io.lsql.core.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Executed statements, appended to {@code history.jsonl}; newest first when read; searchable. */
public final class QueryHistory {

    public record Entry(String time, String database, String sql, long rows, double seconds, String error) {
    }

    static final int MAX_READ = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public QueryHistory(Path file) {
        this.file = file;
    }

    public static QueryHistory inUserHome() {
        return new QueryHistory(Path.of(System.getProperty("user.home"), ".lsql", "history.jsonl"));
    }

    public synchronized void add(Entry entry) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LsqlException("Cannot write the query history " + file + ": " + e.getMessage(), e);
        }
    }

    /** The newest entries whose SQL contains {@code text} (case-insensitive), newest first. */
    public synchronized List<Entry> search(String text) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<Entry> matches = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && matches.size() < MAX_READ; i--) {
                try {
                    Entry entry = JSON.readValue(lines.get(i), Entry.class);
                    if (entry.sql().toLowerCase(Locale.ROOT).contains(needle)) {
                        matches.add(entry);
                    }
                } catch (IOException ignored) {
                    // a torn last line after a crash: skip it
                }
            }
        } catch (IOException e) {
            throw new LsqlException("Cannot read the query history " + file + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(matches);
    }
}
