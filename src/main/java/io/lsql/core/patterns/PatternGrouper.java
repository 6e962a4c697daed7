package io.lsql.core.patterns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Groups statements that are equal once normalized (count, rows and time span summed), then parses
 * each group into an {@link AccessPattern}. Equal means the same text ignoring case, backticks and
 * spacing around punctuation, so digest text and a hand-written statement meet in one group.
 */
public final class PatternGrouper {

    private static final Pattern SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([^\\w\\s?'\"])\\s*");
    private static final Pattern NULL_VALUE = Pattern.compile("(?<!\\bis )(?<!\\bnot )\\bnull\\b");
    private static final Pattern PLACEHOLDER_RUN = Pattern.compile("\\?(,\\?)+(,\\.\\.\\.)?");
    private static final Pattern CHARACTER = Pattern.compile("\\bcharacter\\b");
    private static final Pattern DISTINCTROW = Pattern.compile("\\bdistinctrow\\b");

    private final PatternParser parser;
    private final double peakFactor;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    public PatternGrouper(PatternParser parser, double peakFactor) {
        this.parser = parser;
        this.peakFactor = peakFactor;
    }

    public void add(RawStatement statement) {
        String sql = SqlNormalizer.normalize(statement.sql());
        if (sql.isEmpty()) {
            return;
        }
        groups.computeIfAbsent(key(sql), k -> new Group(sql, statement.source())).add(statement);
    }

    /** Adds the statement only when no group holds it yet (a sample the live source already saw). */
    public void addIfAbsent(RawStatement statement) {
        String sql = SqlNormalizer.normalize(statement.sql());
        if (!sql.isEmpty() && !groups.containsKey(key(sql))) {
            add(statement);
        }
    }

    /** The patterns, busiest first, then by SQL: the same input always gives the same order. */
    public List<AccessPattern> patterns() {
        List<AccessPattern> patterns = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            patterns.add(entry.getValue().toPattern(entry.getKey()));
        }
        patterns.sort(Comparator.comparingLong(AccessPattern::count).reversed().thenComparing(AccessPattern::sql));
        return patterns;
    }

    /**
     * The grouping key: lower case, no backticks, no spaces around punctuation, and the digest's own
     * spellings (NULL as ?, runs of ? as "?,...", DISTINCTROW, CHARACTER) applied to both sides.
     */
    static String key(String normalizedSql) {
        String text = normalizedSql.replace("`", "").toLowerCase(Locale.ROOT);
        text = NULL_VALUE.matcher(text).replaceAll("?");
        text = SPACE_AROUND_PUNCTUATION.matcher(text).replaceAll("$1");
        text = PLACEHOLDER_RUN.matcher(text).replaceAll("?,... ");
        text = SPACE_AROUND_PUNCTUATION.matcher(text).replaceAll("$1");
        return DISTINCTROW.matcher(CHARACTER.matcher(text).replaceAll("char")).replaceAll("distinct");
    }

    static String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    /** Runs per second over the span, counting a span under one second as one second; 0 without times. */
    static double averageRate(long count, Instant first, Instant last) {
        if (first == null || last == null) {
            return 0;
        }
        double seconds = Math.max(1.0, Duration.between(first, last).toMillis() / 1000.0);
        return count / seconds;
    }

    /** One group of equal statements being summed. */
    private final class Group {
        private final String sql;
        private final PatternSource source;
        private long count;
        private long rowsSent;
        private long rowsExamined;
        private Instant first;
        private Instant last;

        Group(String sql, PatternSource source) {
            this.sql = sql;
            this.source = source;
        }

        void add(RawStatement statement) {
            count += statement.count();
            rowsSent += statement.rowsSent();
            rowsExamined += statement.rowsExamined();
            if (statement.firstSeen() != null && (first == null || statement.firstSeen().isBefore(first))) {
                first = statement.firstSeen();
            }
            if (statement.lastSeen() != null && (last == null || statement.lastSeen().isAfter(last))) {
                last = statement.lastSeen();
            }
        }

        AccessPattern toPattern(String key) {
            double average = averageRate(count, first, last);
            return new AccessPattern(id(key), sql, source, count, rowsSent, rowsExamined, first, last, average,
                    average * peakFactor, 1.0, parser.parse(sql));
        }
    }
}
