package io.lsql.core.patterns;

import java.nio.file.Path;

/**
 * What {@link PatternHarvester} reads.
 *
 * @param from the source; {@link From#AUTO} tries the digest table, then the general log table
 * @param file the log or .sql file for {@link From#GENERAL_LOG}, {@link From#SLOW_LOG} (optional: else the
 *             mysql.general_log / mysql.slow_log table) and {@link From#FILE} (required)
 * @param samples also count the workshop's sample queries whose tables the schema has
 * @param peakFactor peak rate = this × average rate
 */
public record HarvestOptions(From from, Path file, boolean samples, double peakFactor) {

    public static final double DEFAULT_PEAK_FACTOR = 3.0;

    public enum From { AUTO, DIGEST, GENERAL_LOG, SLOW_LOG, FILE }

    public HarvestOptions {
        if (from == From.FILE && file == null) {
            throw new IllegalArgumentException("Harvesting from a file needs the file's path.");
        }
        if (!(peakFactor >= 1.0)) {
            throw new IllegalArgumentException("The peak factor must be at least 1, not " + peakFactor + ".");
        }
    }

    public static HarvestOptions auto() {
        return new HarvestOptions(From.AUTO, null, true, DEFAULT_PEAK_FACTOR);
    }
}
