package io.lsql.core.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemSizeStatsTest {

    @Test
    void nothingCountedIsAllZero() {
        ItemSizeStats stats = new ItemSizeStats();
        assertEquals(0, stats.percentile(50));
        assertEquals(0, stats.percentile(95));
        assertEquals(0, stats.max());
        assertEquals(0, stats.count());
    }

    @Test
    void smallSizesAreExact() {
        ItemSizeStats stats = new ItemSizeStats();
        for (int size = 1; size <= 100; size++) {
            stats.add(size);
        }
        assertEquals(50, stats.percentile(50));
        assertEquals(95, stats.percentile(95));
        assertEquals(100, stats.percentile(100));
        assertEquals(100, stats.max());
        assertEquals(5050, stats.total());
    }

    @Test
    void oneItemIsEveryPercentile() {
        ItemSizeStats stats = new ItemSizeStats();
        stats.add(512_000);
        assertEquals(512_000, stats.percentile(50));
        assertEquals(512_000, stats.percentile(95));
        assertEquals(512_000, stats.max());
    }

    @Test
    void percentilesOfLargeSizesAreWithinOneBucketAbove() {
        ItemSizeStats stats = new ItemSizeStats();
        long[] sizes = new Random(7).longs(100_000, 1, 400 * 1024).toArray();
        for (long size : sizes) {
            stats.add(size);
        }
        java.util.Arrays.sort(sizes);
        for (double p : new double[] {50, 95, 99}) {
            long exact = sizes[(int) Math.ceil(p / 100 * sizes.length) - 1];
            long estimate = stats.percentile(p);
            assertTrue(estimate >= exact && estimate <= exact + exact / 64 + 1, p + ": " + estimate + " vs " + exact);
        }
        assertEquals(sizes[sizes.length - 1], stats.max());
    }

    @ParameterizedTest(name = "{0} B in bucket ending at {1}")
    @CsvSource({"0, 0", "127, 127", "128, 129", "129, 129", "1024, 1039", "1039, 1039", "1040, 1055", "409600, 413695",
        "1048576, 1064959"})
    void bucketsAreAtMostASixtyFourthWide(long size, long upper) {
        int bucket = ItemSizeStats.bucket(size);
        assertEquals(upper, ItemSizeStats.upperBound(bucket));
        assertTrue(bucket == 0 || ItemSizeStats.upperBound(bucket - 1) < size, "previous bucket ends below " + size);
    }

    @Test
    void costsUseTheStatedPrices() {
        DryRunCost cost = DryRunCost.of(1_500_000, 500_000, 4L * 1024 * 1024 * 1024);
        assertEquals(2_000_000, cost.writes());
        assertEquals(1.25, cost.batchWriteUsd(), 1e-12);
        assertEquals(4.0, cost.importGb(), 1e-12);
        assertEquals(0.60, cost.importUsd(), 1e-12);
        assertEquals("BatchWriteItem 2,000,000 WCU (1,500,000 table + 500,000 index) ≈ $1.25 · ImportTable 4.00 GB ≈ $0.6000",
                cost.describe());
    }
}
