package io.lsql.core.cost;

/**
 * The steady traffic a user expects on a table, for the monthly cost: item reads and item writes per second.
 * Reads are costed strongly consistent (an eventually consistent read takes half).
 */
public record AccessRates(double readsPerSecond, double writesPerSecond) {

    /** No traffic given: monthly read/write costs are zero and only storage remains. */
    public static final AccessRates NONE = new AccessRates(0, 0);
    /** DynamoDB's (and AWS billing's) month: 730 hours. */
    public static final double HOURS_PER_MONTH = 730;

    public AccessRates {
        if (readsPerSecond < 0 || writesPerSecond < 0 || Double.isNaN(readsPerSecond) || Double.isNaN(writesPerSecond)) {
            throw new IllegalArgumentException("reads and writes per second must be zero or more");
        }
    }

    public boolean given() {
        return readsPerSecond > 0 || writesPerSecond > 0;
    }

    public double readsPerMonth() {
        return readsPerSecond * HOURS_PER_MONTH * 3600;
    }

    public double writesPerMonth() {
        return writesPerSecond * HOURS_PER_MONTH * 3600;
    }
}
