package io.lsql.core.run;

import io.lsql.core.FileTrees;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Finds every target key held by more than one item, exactly, across all sources of a target, in flat memory:
 * as {@code KeyCollisions} does for an export, each key's digest goes to one of 256 bucket files on disk
 * (with the source and row it came from), and each bucket is then searched on its own. Only the first 64
 * bits of each digest of a bucket are held at once (sorted to find candidates); the full digests of the
 * candidates settle the groups in a second read of that bucket.
 */
final class DryRunKeys implements AutoCloseable {

    static final int EXAMPLES = 5;
    private static final int EXAMPLE_ROWS = 3;
    private static final int BUCKETS = 256;

    private final Path dir;
    private final DataOutputStream[] buckets = new DataOutputStream[BUCKETS];
    private long added;

    /** A key held by several items: how many, and where the first few come from. */
    private static final class Group {
        final String key;
        final int firstSource;
        final long firstRow;
        final List<String> rows = new ArrayList<>();
        long items;

        Group(String key, int firstSource, long firstRow) {
            this.key = key;
            this.firstSource = firstSource;
            this.firstRow = firstRow;
        }
    }

    private record Digest(long high, long low) {
    }

    DryRunKeys(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        this.dir = Files.createTempDirectory(workDir, "dry-run-keys-");
        for (int b = 0; b < BUCKETS; b++) {
            buckets[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(b + ".bin")), 8192));
        }
    }

    /** Records that row {@code row} (1-based) of source {@code source} has the key of digest {@code hash} (16 bytes). */
    void add(byte[] hash, int source, long row, String keyText) throws IOException {
        ByteBuffer digest = ByteBuffer.wrap(hash);
        DataOutputStream out = buckets[hash[0] & (BUCKETS - 1)];
        out.writeLong(digest.getLong());
        out.writeLong(digest.getLong());
        out.writeInt(source);
        out.writeLong(row);
        out.writeUTF(keyText);
        added++;
    }

    /** Searches every bucket; {@code sourceNames} name the sources in the examples. */
    TargetDryRun.Duplicates find(List<String> sourceNames) throws IOException {
        for (DataOutputStream out : buckets) {
            out.close();
        }
        if (added == 0) {
            return TargetDryRun.Duplicates.NONE;
        }
        long keys = 0;
        long rows = 0;
        Comparator<Group> byFirstRow = Comparator.comparingInt((Group g) -> g.firstSource).thenComparingLong(g -> g.firstRow);
        PriorityQueue<Group> earliest = new PriorityQueue<>(byFirstRow.reversed());
        for (int b = 0; b < BUCKETS; b++) {
            Path bucket = dir.resolve(b + ".bin");
            long[] repeated = repeatedHighBits(bucket);
            if (repeated.length == 0) {
                continue;
            }
            for (Group group : groups(bucket, repeated, sourceNames)) {
                keys++;
                rows += group.items - 1;
                earliest.add(group);
                if (earliest.size() > EXAMPLES) {
                    earliest.poll();
                }
            }
        }
        List<Group> first = new ArrayList<>(earliest);
        first.sort(byFirstRow);
        return new TargetDryRun.Duplicates(keys, rows, first.stream()
                .map(g -> new TargetDryRun.DuplicateKey(g.key, g.items, g.rows)).toList());
    }

    /** Pass 1 over a bucket: the high 64 bits that occur more than once, sorted. */
    private static long[] repeatedHighBits(Path bucket) throws IOException {
        long[] high = new long[1024];
        int count = 0;
        try (DataInputStream in = open(bucket)) {
            while (true) {
                long h;
                try {
                    h = in.readLong();
                } catch (EOFException end) {
                    break;
                }
                skipRest(in);
                if (count == high.length) {
                    high = Arrays.copyOf(high, count * 2);
                }
                high[count++] = h;
            }
        }
        Arrays.sort(high, 0, count);
        long[] repeated = new long[16];
        int found = 0;
        for (int i = 1; i < count; i++) {
            if (high[i] == high[i - 1] && (found == 0 || repeated[found - 1] != high[i])) {
                if (found == repeated.length) {
                    repeated = Arrays.copyOf(repeated, found * 2);
                }
                repeated[found++] = high[i];
            }
        }
        return Arrays.copyOf(repeated, found);
    }

    /** Pass 2: the full digests of the candidates, grouped; only groups of two or more items. */
    private static List<Group> groups(Path bucket, long[] repeated, List<String> sourceNames) throws IOException {
        Map<Digest, Group> byDigest = new HashMap<>();
        try (DataInputStream in = open(bucket)) {
            while (true) {
                long high;
                try {
                    high = in.readLong();
                } catch (EOFException end) {
                    break;
                }
                if (Arrays.binarySearch(repeated, high) < 0) {
                    skipRest(in);
                    continue;
                }
                long low = in.readLong();
                int source = in.readInt();
                long row = in.readLong();
                String key = in.readUTF();
                Group group = byDigest.computeIfAbsent(new Digest(high, low), d -> new Group(key, source, row));
                group.items++;
                if (group.rows.size() < EXAMPLE_ROWS) {
                    group.rows.add("row " + row + " of " + sourceNames.get(source));
                }
            }
        }
        return byDigest.values().stream().filter(g -> g.items > 1).toList();
    }

    private static void skipRest(DataInputStream in) throws IOException {
        in.readLong();
        in.readInt();
        in.readLong();
        in.skipNBytes(in.readUnsignedShort());
    }

    private static DataInputStream open(Path bucket) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket), 1 << 16));
    }

    @Override
    public void close() {
        for (DataOutputStream out : buckets) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the directory goes next
            }
        }
        try {
            FileTrees.delete(dir);
        } catch (UncheckedIOException ignored) {
            // a temporary directory left behind in the work directory is harmless
        }
    }
}
