package io.lsql.core.proposal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measured data of a schema, table by table: what the planner sizes its reads with and what the scorer renders
 * each candidate's keys on.
 *
 * @param sampleRows the most rows sampled per table
 */
public record DataProfile(String schema, int sampleRows, List<TableProfile> tables) {

    public DataProfile {
        tables = List.copyOf(tables);
    }

    /** The profile of {@code table} (case-insensitive, MySQL table names on Windows and macOS are). */
    public Optional<TableProfile> table(String table) {
        String wanted = table.toLowerCase(Locale.ROOT);
        return tables.stream().filter(t -> t.table().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
