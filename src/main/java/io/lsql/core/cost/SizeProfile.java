package io.lsql.core.cost;

import java.util.List;

/**
 * What sampling real rows through the migration's mapping measured for one target table, and how many items the
 * whole table will hold. Sizes are as DynamoDB counts them ({@link ItemSize}); sums are over the sampled items,
 * and the estimate scales them to {@code items}.
 *
 * @param items              the items the table will hold (exact when {@code itemsExact}, else the server's estimate)
 * @param sampledItems       items measured
 * @param p50                median item size of the sample
 * @param p95                95th percentile item size of the sample
 * @param max                largest item of the sample
 * @param sampledBytes       the sampled items' sizes, summed
 * @param sampledStagedBytes their DynamoDB JSON as staged for ImportTable, uncompressed
 * @param sampledTableWrites write request units to write the sampled items
 * @param sampledIndexWrites write request units for their index entries
 */
public record SizeProfile(String table, long items, boolean itemsExact, long sampledItems, long p50, long p95, long max,
                          long sampledBytes, long sampledStagedBytes, long sampledTableWrites, long sampledIndexWrites,
                          List<IndexProfile> indexes) {

    public SizeProfile {
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    /**
     * One global secondary index of the target, measured on the sample.
     *
     * @param sampledItems          sampled items that carry the index's key attributes (sparse indexes hold fewer)
     * @param sampledProjectedBytes the bytes the index copies of them
     */
    public record IndexProfile(String name, String projection, long sampledItems, long sampledProjectedBytes) {
    }

    /** How many items of the whole table each sampled item stands for. */
    public double scale() {
        return sampledItems == 0 ? 0 : (double) items / sampledItems;
    }

    public double meanItemBytes() {
        return sampledItems == 0 ? 0 : (double) sampledBytes / sampledItems;
    }

    /** Write request units one item write takes on average, its index entries included. */
    public double writeUnitsPerWrite() {
        return sampledItems == 0 ? 0 : (double) (sampledTableWrites + sampledIndexWrites) / sampledItems;
    }

    /** Read request units one strongly consistent read of an average item takes. */
    public long readUnitsPerRead() {
        return ItemSize.readUnits(Math.round(meanItemBytes()));
    }
}
