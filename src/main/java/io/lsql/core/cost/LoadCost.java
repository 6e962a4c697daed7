package io.lsql.core.cost;

/**
 * The one-time cost of loading items, both ways a run can: BatchWriteItem spends one write request unit per
 * started KB of every item and of every index entry (batching saves round trips, not units); ImportTable consumes
 * no write capacity and is billed per GB of uncompressed source data
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.HowItWorks.html). GB = 2^30 bytes,
 * as DynamoDB counts.
 */
public final class LoadCost {

    /** DynamoDB's GB. */
    public static final double GB = 1024.0 * 1024 * 1024;
    private static final double MILLION = 1_000_000.0;

    private LoadCost() {
    }

    public static double gigabytes(double bytes) {
        return bytes / GB;
    }

    /** {@code writeUnits} write request units at the on-demand price. */
    public static double batchWriteUsd(double writeUnits, Prices prices) {
        return writeUnits * prices.onDemandWritePerMillion() / MILLION;
    }

    /** {@code readUnits} read request units at the on-demand price. */
    public static double readUsd(double readUnits, Prices prices) {
        return readUnits * prices.onDemandReadPerMillion() / MILLION;
    }

    /** An import of {@code uncompressedBytes} of DynamoDB JSON. */
    public static double importUsd(double uncompressedBytes, Prices prices) {
        return gigabytes(uncompressedBytes) * prices.importPerGb();
    }

    /** A month of storing {@code storedBytes} (item sizes plus the per-item overhead). */
    public static double storageUsdPerMonth(double storedBytes, Prices prices) {
        return gigabytes(storedBytes) * prices.storagePerGbMonth();
    }
}
