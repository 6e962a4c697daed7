package io.lsql.core.cost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cost formulas pinned on hand-computed cases. */
class TargetCostTest {

    private static final double GB = 1024.0 * 1024 * 1024;
    private static final Prices PRICES = new Prices("us-east-1", "test", "2024-11-01", "USD", 0.625, 0.125, 0.25, 0.15, 0.00065,
            0.00013, List.of());

    /** 1,000 sampled items stand for 1,000,000: 250 B mean, 400 B staged, half of them in a KEYS_ONLY index of 50 B entries. */
    private static SizeProfile profile(long tableWrites, long indexWrites) {
        return new SizeProfile("T", 1_000_000, true, 1000, 200, 300, 500, 250_000, 400_000, tableWrites, indexWrites,
                List.of(new SizeProfile.IndexProfile("gsi", "KEYS_ONLY", 500, 25_000)));
    }

    @Test
    void storageCountsItemsIndexEntriesAndAHundredBytesEach() {
        TargetCost cost = TargetCost.estimate(profile(1000, 500), AccessRates.NONE, PRICES);
        // 250 B x 1M items + 100 B x 1M + (50 B + 100 B) x 500k entries
        assertEquals(425_000_000, cost.storedBytes());
        assertEquals(425_000_000 / GB, cost.storageGb(), 1e-12);
        assertEquals(425_000_000 / GB * 0.25, cost.storageUsdPerMonth(), 1e-12);
    }

    @Test
    void loadByBatchWriteItemCountsUnitsAndImportTableCountsUncompressedGigabytes() {
        TargetCost cost = TargetCost.estimate(profile(1000, 500), AccessRates.NONE, PRICES);
        assertEquals(1_500_000, cost.batchWriteUnits());
        assertEquals(0.9375, cost.batchWriteUsd(), 1e-12);
        assertEquals(400_000_000 / GB, cost.importGb(), 1e-12);
        assertEquals(400_000_000 / GB * 0.15, cost.importUsd(), 1e-12);
        assertEquals(0, cost.onDemandUsdPerMonth());
        assertEquals(0, cost.provisionedUsdPerMonth());
    }

    @ParameterizedTest(name = "{0} reads/s, {1} writes/s, {2}+{3} WRU per 1000 items")
    @CsvSource({
        // reads, writes, table WRU, index WRU, on-demand $/month, WCU, RCU, provisioned $/month
        // 26.28M writes x 1.5 WRU x $0.625/M + 262.8M reads x 1 RRU x $0.125/M; (15 x 0.00065 + 100 x 0.00013) x 730
        "100, 10, 1000, 500, 57.4875, 15, 100, 16.6075",
        // writes only, no index: 2.628M x 1 WRU x $0.625/M; 1 WCU x 0.00065 x 730
        "0, 1, 1000, 0, 1.6425, 1, 0, 0.4745",
        // 3 WRU an item (2 KB+): 2.628M x 3 x $0.625/M = 4.9275; reads 0.5/s round up to 1 RCU
        "0.5, 1, 3000, 0, 5.091750, 3, 1, 1.5184",
    })
    void monthlyTrafficOnDemandAndProvisioned(double reads, double writes, long tableWrites, long indexWrites, double onDemand, long wcu,
                                              long rcu, double provisioned) {
        TargetCost cost = TargetCost.estimate(profile(tableWrites, indexWrites), new AccessRates(reads, writes), PRICES);
        assertEquals(onDemand, cost.onDemandUsdPerMonth(), 1e-9);
        assertEquals(wcu, cost.provisionedWcu());
        assertEquals(rcu, cost.provisionedRcu());
        assertEquals(provisioned, cost.provisionedUsdPerMonth(), 1e-9);
        assertEquals(cost.storageUsdPerMonth() + onDemand, cost.monthlyUsd(), 1e-9);
    }

    @Test
    void anEmptyTableCostsNothing() {
        SizeProfile empty = new SizeProfile("E", 0, true, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
        TargetCost cost = TargetCost.estimate(empty, new AccessRates(10, 10), PRICES);
        assertEquals(0, cost.storedBytes());
        assertEquals(0, cost.batchWriteUnits());
        assertEquals(0, cost.importUsd());
    }

    @Test
    void theBundledPricesAreUsEast1OnDemandSinceNovember2024() {
        Prices prices = Prices.defaults();
        assertEquals("us-east-1", prices.region());
        assertEquals("2024-11-01", prices.asOf());
        assertEquals(0.625, prices.onDemandWritePerMillion());
        assertEquals(0.125, prices.onDemandReadPerMillion());
        assertEquals(0.25, prices.storagePerGbMonth());
        assertEquals(0.15, prices.importPerGb());
        assertTrue(prices.unconfirmed("provisionedWcuHour") && prices.unconfirmed("provisionedRcuHour"));
    }

    @Test
    void aUserPriceFileReplacesTheBundledOneAndABrokenOneIsOneSentence(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("prices.json");
        Files.writeString(file, "{\"region\":\"eu-west-1\",\"source\":\"me\",\"asOf\":\"2026-01-01\",\"onDemandWritePerMillion\":0.7,"
                + "\"someFutureField\":1}");
        Prices prices = Prices.load(file);
        assertEquals("eu-west-1", prices.region());
        assertEquals(0.7, prices.onDemandWritePerMillion());
        Files.writeString(file, "{\"region\":\"eu-west-1\"}");
        String message = assertThrows(io.lsql.core.LsqlException.class, () -> Prices.load(file)).getMessage();
        assertTrue(message.startsWith("The price file " + file + " is not a valid prices.json"), message);
    }
}
