package io.lsql.core.migrate;

import io.lsql.core.Workers;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.DynamoJson;
import io.lsql.core.mapping.ItemHash;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Compares a source with its DynamoDB table: every source row is mapped exactly as the export maps
 * it, every item is scanned (parallel segments), and both sides are reduced to an order-independent
 * digest of (key, content hash). Only when the digests differ are both sides spilled to disk in
 * hash buckets to name the first missing, extra and different keys, so memory stays flat.
 */
public final class Verifier {

    public static final int LIST_LIMIT = 10;
    static final int BUCKETS = 64;

    private final JdbcSource source;
    private final DynamoDbClient dynamo;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    /** Which scanned items belong to the source: all, or in a single-table design those of one entity. */
    private final java.util.function.Predicate<Map<String, AttributeValue>> belongs;

    public Verifier(JdbcSource source, DynamoDbClient dynamo, ProgressListener progress, CancellationToken cancel) {
        this(source, dynamo, progress, cancel, item -> true);
    }

    private Verifier(JdbcSource source, DynamoDbClient dynamo, ProgressListener progress, CancellationToken cancel,
                     java.util.function.Predicate<Map<String, AttributeValue>> belongs) {
        this.source = source;
        this.dynamo = dynamo;
        this.progress = progress;
        this.cancel = cancel;
        this.belongs = belongs;
    }

    /** A verifier that compares the source with the items whose S attribute {@code attribute} is {@code value} only. */
    public Verifier onlyItemsWith(String attribute, String value) {
        return new Verifier(source, dynamo, progress, cancel, item -> {
            AttributeValue v = item.get(attribute);
            return v != null && value.equals(v.s());
        });
    }

    /** An order-independent digest of a set of (key, hash) pairs. */
    private static final class Digest {
        long count;
        long sum;
        long xor;

        synchronized void add(byte[] entryHash) {
            ByteBuffer b = ByteBuffer.wrap(entryHash);
            count++;
            sum += b.getLong(0);
            xor ^= b.getLong(8);
        }

        boolean sameAs(Digest other) {
            return count == other.count && sum == other.sum && xor == other.xor;
        }
    }

    public VerifyResult verify(MigrationSource from, ItemLayout layout, String table, int segments) throws IOException {
        long start = System.nanoTime();
        List<String> keyNames = layout.keys().stream().map(KeyTemplate::attribute).toList();
        Digest sourceDigest = new Digest();
        long[] rejects = new long[1];
        readSource(from, layout, keyNames, (key, hash) -> sourceDigest.add(entry(key, hash)), rejects);
        Digest targetDigest = new Digest();
        scanTarget(table, keyNames, segments, (key, hash) -> targetDigest.add(entry(key, hash)));
        if (sourceDigest.sameAs(targetDigest)) {
            return new VerifyResult(true, sourceDigest.count, targetDigest.count, rejects[0], List.of(), List.of(), List.of(),
                    seconds(start), null);
        }
        return diff(from, layout, table, segments, keyNames, sourceDigest.count, targetDigest.count, rejects[0], start);
    }

    private VerifyResult diff(MigrationSource from, ItemLayout layout, String table, int segments, List<String> keyNames,
                              long sourceCount, long targetCount, long rejects, long start) throws IOException {
        Path dir = Files.createTempDirectory("lsql-verify-");
        try {
            Buckets sourceBuckets = new Buckets(dir.resolve("source"));
            Buckets targetBuckets = new Buckets(dir.resolve("target"));
            readSource(from, layout, keyNames, sourceBuckets::write, new long[1]);
            sourceBuckets.close();
            scanTarget(table, keyNames, segments, targetBuckets::write);
            targetBuckets.close();
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            List<String> different = new ArrayList<>();
            long[] duplicates = new long[1];
            List<String> duplicateKeys = new ArrayList<>();
            for (int b = 0; b < BUCKETS; b++) {
                Map<String, List<String>> target = targetBuckets.read(b);
                for (Map.Entry<String, List<String>> e : sourceBuckets.read(b).entrySet()) {
                    compare(e.getKey(), e.getValue(), target.remove(e.getKey()), missing, extra, different, duplicates,
                            duplicateKeys);
                }
                target.forEach((key, hashes) -> hashes.forEach(h -> add(extra, key)));
            }
            boolean equal = missing.isEmpty() && extra.isEmpty() && different.isEmpty();
            String note = note(equal, duplicates[0], duplicateKeys);
            return new VerifyResult(equal && duplicates[0] > 0, sourceCount - duplicates[0], targetCount,
                    rejects + duplicates[0], missing, extra, different, seconds(start), note);
        } finally {
            io.lsql.core.FileTrees.delete(dir);
        }
    }

    /**
     * Compares the multiset of source items under one key with the target's. Several source rows
     * under one key are the export's duplicate-key rejects when the target holds one of them.
     */
    private static void compare(String key, List<String> source, List<String> target, List<String> missing, List<String> extra,
                                List<String> different, long[] duplicates, List<String> duplicateKeys) {
        if (target == null || target.isEmpty()) {
            add(missing, key);
            return;
        }
        if (source.size() > 1) {
            duplicates[0] += source.size() - 1;
            add(duplicateKeys, key + " (" + source.size() + " rows)");
            if (!source.contains(target.get(0))) {
                add(different, key);
            }
        } else if (!source.get(0).equals(target.get(0))) {
            add(different, key);
        }
        for (int i = 1; i < target.size(); i++) {
            add(extra, key);
        }
    }

    private static String note(boolean equal, long duplicates, List<String> duplicateKeys) {
        if (duplicates > 0) {
            return duplicates + " source row(s) share an item key with another row (" + String.join("; ", duplicateKeys)
                    + (duplicateKeys.size() == LIST_LIMIT ? "; …" : "") + "): one item per key can exist, so the export "
                    + "rejected the later rows (see rejects.jsonl); choose a key that identifies a row";
        }
        if (equal) {
            return "no key differs, but the two reads disagreed: the source changed during verification, or its query is not "
                    + "deterministic (e.g. an aggregate list without ORDER BY)";
        }
        return null;
    }

    private static void add(List<String> list, String key) {
        if (list.size() < LIST_LIMIT) {
            list.add(key);
        }
    }

    /** Reads the source through the export's own reader ({@link SourceReader}), so verify sees exactly the items it staged. */
    private void readSource(MigrationSource from, ItemLayout layout, List<String> keyNames, BiConsumer<String, byte[]> sink,
                            long[] rejects) {
        SourceReader reader = new SourceReader(from, layout);
        long[] rows = new long[1];
        try (Connection connection = SourceReader.openSnapshot(source)) {
            reader.read(connection, null, 0, row -> {
                if (!row.ok()) {
                    rejects[0]++;
                    return;
                }
                Map<String, AttributeValue> item;
                try (DynamoJson.Reader items = new DynamoJson.Reader(new ByteArrayInputStream(row.bytes(), 0, row.length()))) {
                    item = items.next();
                }
                sink.accept(keyOf(item, keyNames), ItemHash.of(item));
                if ((++rows[0] & 4095) == 0) {
                    cancel.throwIfCancelled();
                    progress.progress("verify source", rows[0], -1);
                }
            });
        } catch (SQLException e) {
            throw new LsqlException("Reading " + from.describe() + " for verification failed: "
                    + io.lsql.core.ErrorText.of(e) + ".", e);
        } catch (IOException e) {
            throw new LsqlException("Verification could not re-read a mapped item: " + e.getMessage(), e);
        }
    }

    /**
     * Scans the table in {@code segments} parallel segments of 1 MB pages (no Limit: every page is a
     * round trip, and on moto every page re-reads the table from its start, so fewer pages are faster
     * on both). A page may take minutes on an emulator: the client waits (see AwsTarget.dynamoDbForScan).
     */
    private void scanTarget(String table, List<String> keyNames, int segments, BiConsumer<String, byte[]> sink) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(segments, Exporter.daemon("lsql-verify"));
        java.util.concurrent.atomic.AtomicLong scanned = new java.util.concurrent.atomic.AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int segment = 0; segment < segments; segment++) {
                int seg = segment;
                futures.add(pool.submit(() -> {
                    Map<String, AttributeValue> startKey = null;
                    do {
                        cancel.throwIfCancelled();
                        Map<String, AttributeValue> from = startKey;
                        ScanResponse page;
                        try {
                            page = dynamo.scan(b -> {
                                b.tableName(table).exclusiveStartKey(from).consistentRead(true);
                                if (segments > 1) {
                                    b.segment(seg).totalSegments(segments);
                                }
                            });
                        } catch (SdkException e) {
                            throw AwsErrors.translate("Scanning " + table, e);
                        }
                        for (Map<String, AttributeValue> item : page.items()) {
                            if (belongs.test(item)) {
                                sink.accept(keyOf(item, keyNames), ItemHash.of(item));
                            }
                        }
                        progress.progress("verify target", scanned.addAndGet(page.count()), -1);
                        startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
                    } while (startKey != null);
                    return null;
                }));
            }
            Workers.await(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    static String keyOf(Map<String, AttributeValue> item, List<String> keyNames) {
        StringBuilder sb = new StringBuilder();
        for (String name : keyNames) {
            AttributeValue value = item.get(name);
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name).append('=');
            if (value == null) {
                sb.append("<missing>");
            } else if (value.n() != null) {
                sb.append(new java.math.BigDecimal(value.n()).stripTrailingZeros().toPlainString());
            } else if (value.b() != null) {
                sb.append(java.util.Base64.getEncoder().encodeToString(value.b().asByteArray()));
            } else {
                sb.append(value.s());
            }
        }
        return sb.toString();
    }

    private static byte[] entry(String key, byte[] hash) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(hash);
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** (key, hash) lines spilled into files by key hash, so one bucket at a time fits in memory. */
    private static final class Buckets {
        private final Path dir;
        private final BufferedWriter[] writers = new BufferedWriter[BUCKETS];

        Buckets(Path dir) throws IOException {
            this.dir = Files.createDirectories(dir);
            for (int i = 0; i < BUCKETS; i++) {
                writers[i] = Files.newBufferedWriter(dir.resolve(i + ".tsv"));
            }
        }

        synchronized void write(String key, byte[] hash) {
            try {
                BufferedWriter w = writers[Math.floorMod(key.hashCode(), BUCKETS)];
                w.write(key.replace('\t', ' ').replace('\n', ' '));
                w.write('\t');
                w.write(HexFormat.of().formatHex(hash));
                w.write('\n');
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            for (BufferedWriter w : writers) {
                w.close();
            }
        }

        /** Every (key, hash) of one bucket; a key read more than once keeps every hash (a multiset). */
        Map<String, List<String>> read(int bucket) throws IOException {
            Map<String, List<String>> map = new HashMap<>();
            try (BufferedReader reader = Files.newBufferedReader(dir.resolve(bucket + ".tsv"))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int tab = line.lastIndexOf('\t');
                    map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>(1)).add(line.substring(tab + 1));
                }
            }
            return map;
        }
    }
}
