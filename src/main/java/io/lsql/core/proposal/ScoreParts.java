package io.lsql.core.proposal;

/**
 * A candidate's score by criterion, each from 0 (worst) to its maximum, and their sum (higher is better).
 *
 * @param coverage           share of the weighted patterns served by cheap operations
 * @param cost               monthly cost against the cheapest candidate
 * @param hotKeys            busiest partition's share of the peak rate against 1,000 WCU / 3,000 RCU
 * @param writeAmplification GSI writes per item write
 * @param simplicity         unused GSIs, overloaded generic keys, scatter-gather
 */
public record ScoreParts(double coverage, double cost, double hotKeys, double writeAmplification, double simplicity) {

    public double total() {
        return coverage + cost + hotKeys + writeAmplification + simplicity;
    }
}
