package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/**
 * One statement the application runs, grouped over its literal values.
 *
 * @param id a stable id derived from the normalized SQL ({@code p-} and 8 hex digits)
 * @param sql the normalized SQL, literals replaced by {@code ?}
 * @param count how many times it ran (1 for a sample or a file statement seen once)
 * @param rowsSent total rows returned over all runs, 0 when unknown
 * @param rowsExamined total rows the server examined over all runs, 0 when unknown
 * @param firstSeen first run, {@code null} when the source does not say
 * @param lastSeen last run, {@code null} when the source does not say
 * @param averageRate runs per second between first and last seen, 0 when unknown
 * @param peakRate runs per second at peak, an input (default the peak factor × average)
 * @param weight a user multiplier of the pattern's importance, 1 by default
 */
@JsonPropertyOrder({"id", "sql", "source", "count", "rowsSent", "rowsExamined", "firstSeen", "lastSeen",
        "averageRate", "peakRate", "weight", "shape"})
public record AccessPattern(
        String id,
        String sql,
        PatternSource source,
        long count,
        long rowsSent,
        long rowsExamined,
        Instant firstSeen,
        Instant lastSeen,
        double averageRate,
        double peakRate,
        double weight,
        PatternShape shape) {

    public AccessPattern withPeakRate(double rate) {
        return new AccessPattern(id, sql, source, count, rowsSent, rowsExamined, firstSeen, lastSeen, averageRate, rate,
                weight, shape);
    }

    public AccessPattern withWeight(double newWeight) {
        return new AccessPattern(id, sql, source, count, rowsSent, rowsExamined, firstSeen, lastSeen, averageRate,
                peakRate, newWeight, shape);
    }

    public AccessPattern withShape(PatternShape newShape) {
        return new AccessPattern(id, sql, source, count, rowsSent, rowsExamined, firstSeen, lastSeen, averageRate,
                peakRate, weight, newShape);
    }
}
