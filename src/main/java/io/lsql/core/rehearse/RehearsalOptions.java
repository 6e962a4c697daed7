package io.lsql.core.rehearse;

/**
 * How a rehearsal samples and names what it writes.
 *
 * @param sampleRows  at most this many rows of each table are migrated (and read by the SQL)
 * @param tablePrefix put before every DynamoDB table name of the candidate; those tables are replaced on each run
 * @param scratch     the MySQL schema the samples are copied into when a table holds more than {@code sampleRows};
 *                    {@code null} for the database's name followed by {@code _rehearsal}
 */
public record RehearsalOptions(long sampleRows, String tablePrefix, String scratch) {

    public static final long DEFAULT_SAMPLE_ROWS = 10_000;
    public static final String DEFAULT_PREFIX = "rehearsal_";
    public static final RehearsalOptions STANDARD = new RehearsalOptions(DEFAULT_SAMPLE_ROWS, DEFAULT_PREFIX, null);

    public RehearsalOptions {
        if (sampleRows < 1) {
            throw new IllegalArgumentException("sampleRows must be at least 1");
        }
        tablePrefix = tablePrefix == null ? DEFAULT_PREFIX : tablePrefix;
    }

    public RehearsalOptions withSampleRows(long newSampleRows) {
        return new RehearsalOptions(newSampleRows, tablePrefix, scratch);
    }

    public RehearsalOptions withTablePrefix(String newTablePrefix) {
        return new RehearsalOptions(sampleRows, newTablePrefix, scratch);
    }

    public RehearsalOptions withScratch(String newScratch) {
        return new RehearsalOptions(sampleRows, tablePrefix, newScratch);
    }

    /** The scratch schema's name for {@code database}. */
    public String scratchFor(String database) {
        return scratch != null ? scratch : database + "_rehearsal";
    }
}
