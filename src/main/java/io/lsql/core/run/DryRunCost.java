package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Locale;

/**
 * The one-time cost of writing a target's items, both ways a run can load them, at us-east-1 on-demand list prices.
 *
 * <p>BatchWriteItem: every item costs one write request unit per started KB of its size (batching saves round
 * trips, not units), and each global secondary index the item appears in costs another write: the size of the
 * whole item for an ALL projection (the index holds a copy of it), one unit for KEYS_ONLY and INCLUDE (an index
 * entry of keys and a few attributes; a lower bound when those are large). An item appears in a sparse index
 * only when it carries the index's key attributes.
 *
 * <p>ImportTable consumes no write capacity; it is billed per GB of uncompressed source data (GB = 2^30 bytes
 * here), rejected lines included.
 *
 * @param tableWrites   write request units for the items themselves
 * @param indexWrites   write request units for their index entries
 * @param batchWriteUsd (tableWrites + indexWrites) at {@link #USD_PER_MILLION_WRITE_UNITS}
 * @param importGb      the staged DynamoDB JSON, uncompressed, in GB
 * @param importUsd     importGb at {@link #USD_PER_IMPORTED_GB}
 */
@JsonPropertyOrder({"tableWrites", "indexWrites", "batchWriteUsd", "importGb", "importUsd"})
public record DryRunCost(long tableWrites, long indexWrites, double batchWriteUsd, double importGb, double importUsd) {

    /**
     * On-demand write request units, us-east-1: USD 0.625 per million (the price since DynamoDB's on-demand
     * price cut of November 2024). Source: https://aws.amazon.com/dynamodb/pricing/on-demand/ ("Write request
     * units"), as quoted for US East at https://airbyte.com/data-engineering-resources/dynamodb-pricing.
     */
    public static final double USD_PER_MILLION_WRITE_UNITS = 0.625;
    /**
     * Import from S3, us-east-1: USD 0.15 per GB of uncompressed source data. Source:
     * https://aws.amazon.com/dynamodb/pricing/on-demand/ ("Import from S3"); billed on the uncompressed size,
     * failed items included, per https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/S3DataImport.HowItWorks.html.
     * List prices change: both constants were last checked in November 2026.
     */
    public static final double USD_PER_IMPORTED_GB = 0.15;
    /** A write request unit writes up to 1 KB. */
    public static final long WRITE_UNIT_BYTES = 1024;
    private static final double GB = 1024.0 * 1024 * 1024;

    public static DryRunCost of(long tableWrites, long indexWrites, long uncompressedBytes) {
        double gb = uncompressedBytes / GB;
        return new DryRunCost(tableWrites, indexWrites, (tableWrites + indexWrites) * USD_PER_MILLION_WRITE_UNITS / 1_000_000.0,
                gb, gb * USD_PER_IMPORTED_GB);
    }

    /** Write request units one standard write of an item of {@code itemBytes} takes: one per started KB, at least one. */
    public static long writeUnits(long itemBytes) {
        return Math.max(1, (itemBytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
    }

    public long writes() {
        return tableWrites + indexWrites;
    }

    /** One line: "BatchWriteItem 1,234 WCU (1,000 table + 234 index) ≈ $0.0008 · ImportTable 0.0001 GB ≈ $0.0000". */
    public String describe() {
        return String.format(Locale.ROOT, "BatchWriteItem %,d WCU (%,d table + %,d index) ≈ %s · ImportTable %s GB ≈ %s",
                writes(), tableWrites, indexWrites, usd(batchWriteUsd), gigabytes(importGb), usd(importUsd));
    }

    private static String usd(double amount) {
        return amount >= 1 ? String.format(Locale.ROOT, "$%,.2f", amount) : String.format(Locale.ROOT, "$%.4f", amount);
    }

    private static String gigabytes(double gb) {
        return gb >= 1 ? String.format(Locale.ROOT, "%,.2f", gb) : String.format(Locale.ROOT, "%.6f", gb);
    }
}
