package io.lsql.core.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Executed statements, appended to {@code history.jsonl}; read once, then kept in memory; newest first; searchable. */
public final class QueryHistory {

    public record Entry(String time, String database, String sql, long rows, double seconds, String error) {
    }

    static final int MAX_READ = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    /** Newest first, once read. */
    private List<Entry> entries;

    public QueryHistory(Path file) {
        this.file = file;
    }

    public static QueryHistory inUserHome() {
        return new QueryHistory(Path.of(System.getProperty("user.home"), ".lsql", "history.jsonl"));
    }

    /** Appends an entry to the file (and to the entries already read). Does file I/O: call it off the FX thread. */
    public synchronized void add(Entry entry) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LsqlException("Cannot write the query history " + file + ": " + e.getMessage(), e);
        }
        if (entries != null) {
            entries.add(0, entry);
        }
    }

    /** The newest entries whose SQL contains {@code text} (case-insensitive), newest first. */
    public List<Entry> search(String text) {
        return filter(load(), text);
    }

    /** The entries whose SQL contains {@code text} (case-insensitive), in their order: no I/O. */
    public static List<Entry> filter(List<Entry> entries, String text) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.sql().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }

    /** Every entry, newest first (at most {@value #MAX_READ}); the file is read once, later calls answer from memory. */
    public synchronized List<Entry> load() {
        if (entries == null) {
            entries = read();
        }
        return List.copyOf(entries);
    }

    private List<Entry> read() {
        List<Entry> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0 && result.size() < MAX_READ; i--) {
                try {
                    result.add(JSON.readValue(lines.get(i), Entry.class));
                } catch (IOException ignored) {
                    // a torn last line after a crash: skip it
                }
            }
        } catch (IOException e) {
            throw new LsqlException("Cannot read the query history " + file + ": " + e.getMessage(), e);
        }
        return result;
    }
}
