package io.lsql.core.migrate;

import io.lsql.core.Workers;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.stage.Stage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a source into the stage as DynamoDB JSON: N workers, each with its own read-only
 * connection inside a consistent snapshot, read key-range chunks row by row (never a whole result
 * in memory) and write gzip files. A finished chunk leaves a checkpoint; a resumed run redoes only
 * chunks without one.
 */
public final class Exporter {

    static final String CHECKPOINTS = "checkpoints/export/";
    static final String REJECTS_DIR = "rejects/";
    public static final String REJECTS_FILE = "rejects.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcSource source;
    private final Stage stage;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    public Exporter(JdbcSource source, Stage stage, ProgressListener progress, CancellationToken cancel) {
        this.source = source;
        this.stage = stage;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Exports every chunk of the manifest that has no checkpoint yet; with {@code checkKeys}, then
     * finds rows that share an item key (see {@link KeyCollisions}) before anything is loaded.
     */
    public ExportResult export(Manifest manifest, ItemLayout layout, MigrationSource from, long expectedRows, boolean checkKeys)
            throws IOException {
        long start = System.nanoTime();
        List<Chunk> pending = new ArrayList<>();
        for (Chunk chunk : manifest.chunks()) {
            if (!stage.exists(checkpointName(chunk))) {
                pending.add(chunk);
                for (String stale : stage.list(ChunkWriter.chunkPrefix(manifest.runId(), chunk))) {
                    stage.delete(stale);
                }
            }
        }
        AtomicLong rows = new AtomicLong();
        String snapshot = pending.isEmpty() ? "nothing left to read" : runChunks(manifest, layout, from, pending, rows, expectedRows);
        long duplicates = 0;
        if (checkKeys) {
            List<String> keyNames = layout.keys().stream().map(io.lsql.core.mapping.KeyTemplate::attribute).toList();
            duplicates = new KeyCollisions(stage, manifest, keyNames, progress, cancel).run();
        }
        return collect(manifest, start, snapshot, duplicates);
    }

    private String runChunks(Manifest manifest, ItemLayout layout, MigrationSource from, List<Chunk> pending,
                             AtomicLong rows, long expectedRows) throws IOException {
        int workers = Math.max(1, Math.min(manifest.plan().workers(), pending.size()));
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("lsql-export"));
        try {
            String snapshot = openSnapshots(workers, connections);
            BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(pending.size(), false, pending);
            List<Future<?>> futures = new ArrayList<>();
            for (Connection connection : connections) {
                futures.add(pool.submit(() -> {
                    Chunk chunk;
                    while ((chunk = queue.poll()) != null) {
                        exportChunk(connection, manifest, layout, from, chunk, rows, expectedRows);
                    }
                    return null;
                }));
            }
            Workers.await(futures);
            return snapshot;
        } finally {
            pool.shutdownNow();
            for (Connection connection : connections) {
                closeQuietly(connection);
            }
        }
    }

    /**
     * Opens one connection per worker, all inside snapshots taken while a global read lock holds
     * writes, so the workers see the same data; without the RELOAD privilege each worker gets its own snapshot.
     */
    private String openSnapshots(int workers, List<Connection> connections) {
        Connection coordinator = source.openReadOnly();
        boolean locked = false;
        try {
            if (workers > 1) {
                try (Statement s = coordinator.createStatement()) {
                    s.execute("FLUSH TABLES WITH READ LOCK");
                    locked = true;
                } catch (SQLException e) {
                    locked = false;
                }
            }
            for (int i = 0; i < workers; i++) {
                Connection connection = source.openReadOnly();
                connections.add(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("SET SESSION time_zone = '+00:00'");
                    s.execute("SET SESSION net_write_timeout = 3600");
                    s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
                }
            }
        } catch (SQLException e) {
            throw new LsqlException("Could not open a consistent snapshot on MySQL: " + e.getMessage(), e);
        } finally {
            if (locked) {
                try (Statement s = coordinator.createStatement()) {
                    s.execute("UNLOCK TABLES");
                } catch (SQLException ignored) {
                    // closing the connection releases the lock too
                }
            }
            closeQuietly(coordinator);
        }
        return workers == 1 ? "one consistent snapshot" : locked ? "one consistent snapshot shared by " + workers + " workers"
                : "a consistent snapshot per worker (no RELOAD privilege for a shared one)";
    }

    private void exportChunk(Connection connection, Manifest manifest, ItemLayout layout, MigrationSource from, Chunk chunk,
                             AtomicLong rows, long expectedRows) throws Exception {
        RowMapper mapper = new RowMapper(layout.columns());
        ItemEncoder encoder = new ItemEncoder(layout);
        String sql = SourceQuery.select(from, layout, chunk, 0);
        long read = 0;
        long items = 0;
        long rejected = 0;
        List<StagedFile> files;
        OutputStream rejects = null;
        try (ChunkWriter writer = new ChunkWriter(stage, manifest.runId(), chunk, manifest.plan().fileSizeMb() * 1024L * 1024L,
                !manifest.plan().noGzip());
             PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            int parameter = 1;
            if (chunk.lower() != null) {
                ps.setString(parameter++, chunk.lower());
            }
            if (chunk.upper() != null) {
                ps.setString(parameter, chunk.upper());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read++;
                    String problem = mapper.read(rs).orElse(null);
                    ItemEncoder.Result result = problem == null ? encoder.encode(mapper) : null;
                    if (result != null && result.ok()) {
                        writer.write(encoder.bytes(), encoder.length());
                        items++;
                    } else {
                        rejected++;
                        if (rejects == null) {
                            rejects = stage.create(REJECTS_DIR + manifest.runId() + "-" + chunk.name() + ".jsonl");
                        }
                        rejects.write(rejectLine(chunk, result, problem, problem != null ? encoder.keyText(mapper) : null));
                    }
                    if ((read & 1023) == 0) {
                        cancel.throwIfCancelled();
                        long done = rows.addAndGet(1024);
                        progress.progress("export", done, expectedRows);
                    }
                }
            } catch (SQLException e) {
                throw new LsqlException("Reading " + from.describe() + " failed: " + io.lsql.core.ErrorText.of(e) + ".", e);
            }
            rows.addAndGet(read & 1023);
            files = writer.finish();
        } finally {
            if (rejects != null) {
                rejects.close();
            }
        }
        ChunkCheckpoint checkpoint = new ChunkCheckpoint(manifest.runId(), chunk.id(), read, items, rejected, mapper.zeroDates(),
                mapper.nonBooleans(), files);
        stage.write(checkpointName(chunk), JSON.writeValueAsBytes(checkpoint));
        progress.progress("export", rows.get(), expectedRows);
    }

    private static byte[] rejectLine(Chunk chunk, ItemEncoder.Result result, String problem, String key) throws IOException {
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("chunk", chunk.name());
        line.put("key", result == null ? key : result.key());
        line.put("reason", problem != null ? problem : result.reason());
        line.put("bytes", result == null ? null : result.itemBytes());
        return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Gathers every chunk's checkpoint and writes the merged rejects file. */
    private ExportResult collect(Manifest manifest, long start, String snapshot, long duplicates) throws IOException {
        List<StagedFile> files = new ArrayList<>();
        long read = 0;
        long items = 0;
        long rejected = 0;
        long zeros = 0;
        long nonBooleans = 0;
        for (Chunk chunk : manifest.chunks()) {
            ChunkCheckpoint checkpoint = JSON.readValue(stage.read(checkpointName(chunk)), ChunkCheckpoint.class);
            files.addAll(checkpoint.files());
            read += checkpoint.rowsRead();
            items += checkpoint.items();
            rejected += checkpoint.rejected();
            zeros += checkpoint.zeroDates();
            nonBooleans += checkpoint.nonBooleans();
        }
        if (rejected > 0) {
            try (OutputStream out = stage.create(REJECTS_FILE)) {
                for (String name : stage.list(REJECTS_DIR)) {
                    out.write(stage.read(name));
                }
            }
        }
        return new ExportResult(manifest.runId(), read, items, rejected, zeros, nonBooleans, duplicates, files,
                (System.nanoTime() - start) / 1e9, snapshot);
    }

    static String checkpointName(Chunk chunk) {
        return CHECKPOINTS + chunk.name() + ".json";
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong counter = new AtomicLong();
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to save
        }
    }
}
