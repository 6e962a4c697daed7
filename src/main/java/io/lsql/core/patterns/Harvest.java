package io.lsql.core.patterns;

import java.util.List;

/**
 * The result of a harvest.
 *
 * @param schema the database the patterns were harvested for
 * @param patterns busiest first
 * @param notes one sentence each: fallbacks taken, statements left out and why
 */
public record Harvest(String schema, List<AccessPattern> patterns, List<String> notes) {

    public Harvest {
        patterns = List.copyOf(patterns);
        notes = List.copyOf(notes);
    }
}
