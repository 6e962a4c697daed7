package io.lsql.core.run;

/**
 * Item sizes in a fixed-bucket histogram, so a dry run of any number of items keeps a constant few KB:
 * sizes under 128 bytes are counted exactly, larger ones in 64 sub-buckets per power of two (each a
 * bucket at most 1/64 of its size wide, so a percentile is within 1.6% of the true value, rounded up).
 * Count, total and maximum are exact.
 */
public final class ItemSizeStats {

    private static final int EXACT = 128;
    private static final int SUB_BUCKETS = 64;
    private static final int SUB_BITS = 6;
    /** Powers of two from 2^7 to 2^62. */
    private static final int BUCKETS = EXACT + (63 - 7) * SUB_BUCKETS;

    private final long[] counts = new long[BUCKETS];
    private long count;
    private long total;
    private long max;

    public void add(long bytes) {
        long size = Math.max(0, bytes);
        counts[bucket(size)]++;
        count++;
        total += size;
        max = Math.max(max, size);
    }

    public long count() {
        return count;
    }

    public long total() {
        return total;
    }

    public long max() {
        return max;
    }

    /**
     * The size that {@code percent} percent of the items do not exceed (nearest rank), as the upper bound of
     * its bucket and never above the maximum; 0 when nothing was counted.
     */
    public long percentile(double percent) {
        if (count == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * count));
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min(upperBound(b), max);
            }
        }
        return max;
    }

    static int bucket(long size) {
        if (size < EXACT) {
            return (int) size;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(size);
        int sub = (int) (size >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1);
        return EXACT + (exponent - 7) * SUB_BUCKETS + sub;
    }

    /** The largest size that falls into bucket {@code b}. */
    static long upperBound(int b) {
        if (b < EXACT) {
            return b;
        }
        int exponent = (b - EXACT) / SUB_BUCKETS + 7;
        int sub = (b - EXACT) % SUB_BUCKETS;
        long width = 1L << (exponent - SUB_BITS);
        return (1L << exponent) + (sub + 1) * width - 1;
    }
}
