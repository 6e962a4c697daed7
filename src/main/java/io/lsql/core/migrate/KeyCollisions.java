package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.mapping.DynamoJson;
import io.lsql.core.FileTrees;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.StageCompression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds source rows that map onto the same item key before anything is loaded, so no write is
 * lost to an overwrite. Used for views, queries and user-chosen keys, whose keys nothing makes
 * unique. Every staged item's key is hashed into bucket files on local disk (memory stays flat);
 * within each bucket equal hashes are found by sorting. Of each group of rows sharing a key the
 * first in export order is kept; every other row becomes a reject naming both rows, and the data
 * files holding such rows are rewritten without them. The outcome is checkpointed, so a resumed
 * run repeats only the rewriting.
 */
final class KeyCollisions {

    static final String CHECKPOINT = "checkpoints/collisions.json";
    static final String REJECTS = Exporter.REJECTS_DIR + "duplicates.jsonl";
    private static final int BUCKETS = 64;
    private static final int RECORD_BYTES = 16 + 4 + 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines (0-based) to drop from each data file, by file name; the persisted outcome. */
    record Outcome(Map<String, List<Long>> drops, long rejected) {
    }

    private record Position(int file, long line) {
    }

    private final Stage stage;
    private final Manifest manifest;
    private final List<String> keyNames;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    KeyCollisions(Stage stage, Manifest manifest, List<String> keyNames, ProgressListener progress, CancellationToken cancel) {
        this.stage = stage;
        this.manifest = manifest;
        this.keyNames = List.copyOf(keyNames);
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Checks every staged key once; drops and names the duplicates. Returns how many rows were rejected. */
    long run() throws IOException {
        Outcome outcome;
        if (stage.exists(CHECKPOINT)) {
            outcome = JSON.readValue(stage.read(CHECKPOINT), Outcome.class);
        } else {
            List<String> files = stagedFiles();
            List<List<Position>> groups = findGroups(files);
            outcome = nameRejects(files, groups);
            stage.write(CHECKPOINT, JSON.writeValueAsBytes(outcome));
        }
        for (Map.Entry<String, List<Long>> drop : outcome.drops().entrySet()) {
            rewrite(drop.getKey(), new TreeSet<>(drop.getValue()));
        }
        return outcome.rejected();
    }

    private List<String> stagedFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (Chunk chunk : manifest.chunks()) {
            checkpoint(chunk).files().forEach(f -> files.add(f.name()));
        }
        return files;
    }

    private ChunkCheckpoint checkpoint(Chunk chunk) throws IOException {
        return JSON.readValue(stage.read(Exporter.checkpointName(chunk)), ChunkCheckpoint.class);
    }

    /** Pass 1: every key's hash into a bucket; groups of two or more equal keys, in export order. */
    private List<List<Position>> findGroups(List<String> files) throws IOException {
        Path dir = Files.createTempDirectory("lsql-keys-");
        try {
            DataOutputStream[] buckets = new DataOutputStream[BUCKETS];
            for (int b = 0; b < BUCKETS; b++) {
                buckets[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(b + ".bin")), 1 << 16));
            }
            long seen = 0;
            for (int f = 0; f < files.size(); f++) {
                try (BufferedReader lines = lines(files.get(f))) {
                    String line;
                    long n = 0;
                    while ((line = lines.readLine()) != null) {
                        byte[] hash = keyHash(line);
                        DataOutputStream out = buckets[hash[0] & (BUCKETS - 1)];
                        out.write(hash);
                        out.writeInt(f);
                        out.writeLong(n++);
                        if ((++seen & 4095) == 0) {
                            cancel.throwIfCancelled();
                            progress.progress("check keys", seen, manifest.items());
                        }
                    }
                }
            }
            for (DataOutputStream out : buckets) {
                out.close();
            }
            List<List<Position>> groups = new ArrayList<>();
            for (int b = 0; b < BUCKETS; b++) {
                groups.addAll(groupsIn(dir.resolve(b + ".bin")));
            }
            groups.sort(Comparator.comparing((List<Position> g) -> g.get(0).file()).thenComparing(g -> g.get(0).line()));
            return groups;
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static List<List<Position>> groupsIn(Path bucket) throws IOException {
        int count = (int) (Files.size(bucket) / RECORD_BYTES);
        byte[][] hashes = new byte[count][];
        int[] fileOf = new int[count];
        long[] lineOf = new long[count];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bucket), 1 << 16))) {
            for (int i = 0; i < count; i++) {
                hashes[i] = in.readNBytes(16);
                fileOf[i] = in.readInt();
                lineOf[i] = in.readLong();
            }
        } catch (EOFException e) {
            throw new IOException("key bucket " + bucket + " is truncated", e);
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int c = Arrays.compare(hashes[a], hashes[b]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(fileOf[a], fileOf[b]);
            return c != 0 ? c : Long.compare(lineOf[a], lineOf[b]);
        });
        List<List<Position>> groups = new ArrayList<>();
        for (int i = 0; i < count; ) {
            int j = i + 1;
            while (j < count && Arrays.equals(hashes[order[i]], hashes[order[j]])) {
                j++;
            }
            if (j - i > 1) {
                List<Position> group = new ArrayList<>();
                for (int k = i; k < j; k++) {
                    group.add(new Position(fileOf[order[k]], lineOf[order[k]]));
                }
                groups.add(group);
            }
            i = j;
        }
        return groups;
    }

    /** Pass 2, over the files that hold duplicates only: one reject line per dropped row, naming the row kept. */
    private Outcome nameRejects(List<String> files, List<List<Position>> groups) throws IOException {
        Map<Position, Position> keptFor = new HashMap<>();
        TreeMap<Integer, TreeSet<Long>> involved = new TreeMap<>();
        for (List<Position> group : groups) {
            for (Position p : group) {
                involved.computeIfAbsent(p.file(), f -> new TreeSet<>()).add(p.line());
                if (p != group.get(0)) {
                    keptFor.put(p, group.get(0));
                }
            }
        }
        Map<String, List<Long>> drops = new LinkedHashMap<>();
        Map<Position, String> keptItems = new HashMap<>();
        try (OutputStream rejects = stage.create(REJECTS)) {
            for (Map.Entry<Integer, TreeSet<Long>> file : involved.entrySet()) {
                String name = files.get(file.getKey());
                try (BufferedReader lines = lines(name)) {
                    String line;
                    long n = 0;
                    while ((line = lines.readLine()) != null) {
                        Position here = new Position(file.getKey(), n);
                        if (file.getValue().contains(n)) {
                            Position kept = keptFor.get(here);
                            if (kept == null) {
                                keptItems.put(here, line);
                            } else {
                                drops.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
                                rejects.write(rejectLine(line, here, kept, keptItems.get(kept), files));
                            }
                        }
                        n++;
                    }
                }
            }
        }
        return new Outcome(drops, keptFor.size());
    }

    private byte[] rejectLine(String line, Position dropped, Position kept, String keptItem, List<String> files) throws IOException {
        Map<String, AttributeValue> item = item(line);
        Map<String, Object> reject = new LinkedHashMap<>();
        reject.put("chunk", chunkOf(files.get(dropped.file())));
        reject.put("key", Verifier.keyOf(item, keyNames));
        reject.put("reason", "duplicate key: " + where(dropped, files) + " maps to the same key as " + where(kept, files)
                + ", which is loaded; two rows of the source share this key (choose a key that identifies a row)");
        reject.put("bytes", null);
        reject.put("row", JSON.readTree(line).get("Item"));
        reject.put("sameKeyAs", keptItem == null ? null : JSON.readTree(keptItem).get("Item"));
        return (JSON.writeValueAsString(reject) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String where(Position p, List<String> files) {
        return "row " + (p.line() + 1) + " of " + files.get(p.file());
    }

    private String chunkOf(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        String[] parts = base.split("-");
        return parts.length >= 3 ? parts[parts.length - 2] : base;
    }

    /** Writes the file without the dropped lines under a new name and points its chunk's checkpoint at it. */
    private void rewrite(String name, TreeSet<Long> dropped) throws IOException {
        for (Chunk chunk : manifest.chunks()) {
            ChunkCheckpoint checkpoint = checkpoint(chunk);
            if (checkpoint.files().stream().noneMatch(f -> f.name().equals(name))) {
                continue;
            }
            List<StagedFile> written;
            try (ChunkWriter writer = new ChunkWriter(stage, manifest.runId() + "-k", chunk, Long.MAX_VALUE,
                    StageCompression.ofFile(name));
                 BufferedReader lines = lines(name)) {
                String line;
                long n = 0;
                while ((line = lines.readLine()) != null) {
                    if (!dropped.contains(n++)) {
                        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
                        writer.write(bytes, bytes.length);
                    }
                }
                written = writer.finish();
            }
            List<StagedFile> files = new ArrayList<>();
            for (StagedFile f : checkpoint.files()) {
                if (f.name().equals(name)) {
                    files.addAll(written);
                } else {
                    files.add(f);
                }
            }
            stage.write(Exporter.checkpointName(chunk), JSON.writeValueAsBytes(new ChunkCheckpoint(checkpoint.runId(),
                    checkpoint.chunk(), checkpoint.rowsRead(), checkpoint.items() - dropped.size(),
                    checkpoint.rejected() + dropped.size(), checkpoint.zeroDates(), checkpoint.nonBooleans(), files)));
            break;
        }
        if (stage.exists(name)) {
            stage.delete(name);
        }
    }

    private BufferedReader lines(String file) throws IOException {
        InputStream raw = stage.open(file);
        InputStream in = StageCompression.ofFile(file).decompress(raw);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private Map<String, AttributeValue> item(String line) throws IOException {
        try (DynamoJson.Reader reader = new DynamoJson.Reader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
            return reader.next();
        }
    }

    /** An unambiguous digest of the key attributes: type, length and value of each (numbers by value). */
    private byte[] keyHash(String line) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            Map<String, AttributeValue> item = item(line);
            for (String name : keyNames) {
                AttributeValue value = item.get(name);
                byte[] bytes = value == null ? new byte[0] : value.b() != null ? value.b().asByteArray()
                        : (value.n() != null ? new java.math.BigDecimal(value.n()).stripTrailingZeros().toPlainString() : value.s())
                        .getBytes(StandardCharsets.UTF_8);
                digest.update((byte) (value == null ? 0 : value.b() != null ? 1 : value.n() != null ? 2 : 3));
                digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
