package io.lsql.core.patterns;

import java.time.Instant;

/**
 * A statement as a source reports it, before normalization and grouping.
 *
 * @param count runs it stands for (the digest's COUNT_STAR, else 1)
 * @param firstSeen {@code null} when the source has no time
 * @param lastSeen {@code null} when the source has no time
 */
public record RawStatement(String sql, PatternSource source, long count, long rowsSent, long rowsExamined,
                           Instant firstSeen, Instant lastSeen) {

    /** A statement of a file or a sample: seen once, no statistics. */
    public static RawStatement once(String sql, PatternSource source) {
        return new RawStatement(sql, source, 1, 0, 0, null, null);
    }
}
