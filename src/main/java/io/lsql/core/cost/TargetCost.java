package io.lsql.core.cost;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The cost of one target table: storing it, loading it once (BatchWriteItem or ImportTable), and a month of the
 * given traffic, on demand and provisioned. Money in the currency of the {@link Prices} it was computed with.
 *
 * @param storedBytes          items and index entries, each with DynamoDB's 100-byte overhead
 * @param storageUsdPerMonth   a month of storing them
 * @param batchWriteUnits      write request units to load every item and index entry with BatchWriteItem
 * @param importGb             the uncompressed DynamoDB JSON an ImportTable reads
 * @param onDemandUsdPerMonth  a month of the traffic in on-demand mode (storage not included)
 * @param provisionedWcu       write capacity units the traffic needs in provisioned mode (index writes included)
 * @param provisionedRcu       read capacity units it needs
 * @param provisionedUsdPerMonth a month of those units (storage not included)
 */
@JsonPropertyOrder({"table", "items", "itemsExact", "p50", "p95", "max", "storedBytes", "storageGb", "storageUsdPerMonth",
    "batchWriteUnits", "batchWriteUsd", "importGb", "importUsd", "onDemandUsdPerMonth", "provisionedWcu", "provisionedRcu",
    "provisionedUsdPerMonth"})
public record TargetCost(String table, long items, boolean itemsExact, long p50, long p95, long max, long storedBytes,
                         double storageGb, double storageUsdPerMonth, long batchWriteUnits, double batchWriteUsd, double importGb,
                         double importUsd, double onDemandUsdPerMonth, long provisionedWcu, long provisionedRcu,
                         double provisionedUsdPerMonth) {

    /** The cost of the table {@code profile} measured, with {@code rates} of traffic, at {@code prices}. */
    public static TargetCost estimate(SizeProfile profile, AccessRates rates, Prices prices) {
        double scale = profile.scale();
        double stored = profile.sampledBytes() * scale + profile.items() * (double) ItemSize.STORAGE_OVERHEAD_BYTES;
        for (SizeProfile.IndexProfile index : profile.indexes()) {
            stored += (index.sampledProjectedBytes() + index.sampledItems() * (double) ItemSize.STORAGE_OVERHEAD_BYTES) * scale;
        }
        long loadUnits = Math.round((profile.sampledTableWrites() + profile.sampledIndexWrites()) * scale);
        double staged = profile.sampledStagedBytes() * scale;
        double writeUnits = rates.writesPerMonth() * profile.writeUnitsPerWrite();
        double readUnits = rates.readsPerMonth() * profile.readUnitsPerRead();
        double onDemand = LoadCost.batchWriteUsd(writeUnits, prices) + LoadCost.readUsd(readUnits, prices);
        long wcu = (long) Math.ceil(rates.writesPerSecond() * profile.writeUnitsPerWrite());
        long rcu = (long) Math.ceil(rates.readsPerSecond() * profile.readUnitsPerRead());
        double provisioned = (wcu * prices.provisionedWcuHour() + rcu * prices.provisionedRcuHour()) * AccessRates.HOURS_PER_MONTH;
        return new TargetCost(profile.table(), profile.items(), profile.itemsExact(), profile.p50(), profile.p95(), profile.max(),
                Math.round(stored), LoadCost.gigabytes(stored), LoadCost.storageUsdPerMonth(stored, prices), loadUnits,
                LoadCost.batchWriteUsd(loadUnits, prices), LoadCost.gigabytes(staged), LoadCost.importUsd(staged, prices), onDemand, wcu,
                rcu, provisioned);
    }

    /** Storage plus on-demand traffic: what the table costs a month as the plan bills it by default. */
    public double monthlyUsd() {
        return storageUsdPerMonth + onDemandUsdPerMonth;
    }
}
