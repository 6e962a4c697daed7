package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.cost.LoadCost;
import io.lsql.core.cost.Money;
import io.lsql.core.cost.Prices;

import java.util.Locale;

/**
 * The one-time cost of writing a target's items, both ways a run can load them, at the bundled list prices
 * ({@link Prices#defaults()}); the formulas are {@link LoadCost}'s.
 *
 * @param tableWrites   write request units for the items themselves
 * @param indexWrites   write request units for their index entries
 * @param batchWriteUsd (tableWrites + indexWrites) at the on-demand write price
 * @param importGb      the staged DynamoDB JSON, uncompressed, in GB
 * @param importUsd     importGb at the ImportTable price
 */
@JsonPropertyOrder({"tableWrites", "indexWrites", "batchWriteUsd", "importGb", "importUsd"})
public record DryRunCost(long tableWrites, long indexWrites, double batchWriteUsd, double importGb, double importUsd) {

    public static DryRunCost of(long tableWrites, long indexWrites, long uncompressedBytes) {
        Prices prices = Prices.defaults();
        return new DryRunCost(tableWrites, indexWrites, LoadCost.batchWriteUsd(tableWrites + indexWrites, prices),
                LoadCost.gigabytes(uncompressedBytes), LoadCost.importUsd(uncompressedBytes, prices));
    }

    public long writes() {
        return tableWrites + indexWrites;
    }

    /** One line: "BatchWriteItem 1,234 WCU (1,000 table + 234 index) ≈ $0.0008 · ImportTable 0.0001 GB ≈ $0.0000". */
    public String describe() {
        return String.format(Locale.ROOT, "BatchWriteItem %,d WCU (%,d table + %,d index) ≈ %s · ImportTable %s GB ≈ %s",
                writes(), tableWrites, indexWrites, Money.usd(batchWriteUsd), Money.gigabytes(importGb), Money.usd(importUsd));
    }
}
