package io.lsql.core.proposal;

import io.lsql.core.plan.Target;

import java.util.List;

/**
 * One candidate design: the plan targets it would migrate into (several sources in one target where it merges them).
 *
 * @param id      stable and short ({@code c1}, {@code c2}, … in generation order)
 * @param name    what a user reads ("Item collections: Orders under Customers")
 * @param notes   one sentence per choice the generator made
 */
public record Candidate(String id, String name, CandidateKind kind, List<Target> targets, List<String> notes) {

    public Candidate {
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }
}
