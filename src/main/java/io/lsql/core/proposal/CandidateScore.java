package io.lsql.core.proposal;

import java.util.List;

/**
 * A scored candidate: how it serves every pattern, its score and, when a hard gate failed, why it cannot be chosen.
 *
 * @param operations   one per pattern, in the patterns' order
 * @param monthlyCost  dollars per month: storage plus every pattern at its average rate
 * @param gateFailures one sentence per hard gate the design fails (invalid CreateTable, over 20 GSIs, duplicate keys
 *                     on the sampled rows, items over 400 KB, keys over their size limits); empty when it passes
 * @param findings     one sentence per hot key, unused GSI or scatter-gather the score counted
 */
public record CandidateScore(Candidate candidate, List<PlannedOperation> operations, ScoreParts score, double monthlyCost,
                             List<String> gateFailures, List<String> findings) {

    public CandidateScore {
        operations = List.copyOf(operations);
        gateFailures = List.copyOf(gateFailures);
        findings = List.copyOf(findings);
    }

    public boolean passes() {
        return gateFailures.isEmpty();
    }
}
