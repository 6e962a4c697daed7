package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What one source of a target did in a run (persisted in the run store, shown in the run report).
 *
 * @param verified null when not verified (yet); else whether the source and its items matched
 * @param verifyNote what verify found when they did not match (missing, extra, different keys), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "rows", "items", "rejects", "duplicateKeys", "zeroDates", "snapshot", "verified", "verifyNote"})
public record SourceOutcome(String id, long rows, long items, long rejects, long duplicateKeys, long zeroDates, String snapshot,
                            Boolean verified, String verifyNote) {

    public SourceOutcome withVerify(boolean equal, String note) {
        return new SourceOutcome(id, rows, items, rejects, duplicateKeys, zeroDates, snapshot, equal, note);
    }
}
