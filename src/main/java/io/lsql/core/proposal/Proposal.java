package io.lsql.core.proposal;

import java.util.List;

/**
 * The advisor's proposal for one schema and one list of access patterns: every candidate scored, best first
 * (candidates failing a hard gate last), the same for the same inputs.
 *
 * @param schema          the MySQL database
 * @param patternsSha256  the SHA-256 of the patterns file content the proposal was made for
 * @param ranked          every candidate, best first
 */
public record Proposal(String schema, String patternsSha256, List<CandidateScore> ranked) {

    public Proposal {
        ranked = List.copyOf(ranked);
    }

    /** The proposed design. */
    public CandidateScore best() {
        return ranked.get(0);
    }

    /** The best candidate and the next two, as the proposal shows them. */
    public List<CandidateScore> top() {
        return ranked.subList(0, Math.min(3, ranked.size()));
    }
}
