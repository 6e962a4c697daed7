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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentSkipListSet;
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
    /** Reads of one chunk before the export stops (resumable): the first and three more after a lost connection. */
    static final int READ_ATTEMPTS = 4;
    /** Backoff before reading a chunk again: 2 s, 4 s, 8 s, long enough for a server restart to begin accepting connections. */
    static final long RETRY_BASE_MILLIS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stage stage;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final SourceSnapshots snapshots;

    public Exporter(JdbcSource source, Stage stage, ProgressListener progress, CancellationToken cancel) {
        this.stage = stage;
        this.progress = progress;
        this.cancel = cancel;
        this.snapshots = new SourceSnapshots(source);
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
                discardPartialOutput(manifest.runId(), chunk);
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
        List<Reader> readers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("lsql-export"));
        try {
            SourceSnapshots.Readers opened = snapshots.open(workers, SnapshotMode.of(manifest.plan().snapshot()));
            opened.connections().forEach(c -> readers.add(new Reader(c)));
            BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(pending.size(), false, pending);
            Rereads rereads = new Rereads();
            List<Future<?>> futures = new ArrayList<>();
            for (Reader reader : readers) {
                futures.add(pool.submit(() -> {
                    Chunk chunk;
                    while ((chunk = queue.poll()) != null) {
                        exportWithRetry(reader, manifest, layout, from, chunk, rows, expectedRows, rereads);
                    }
                    return null;
                }));
            }
            Workers.await(futures);
            return opened.description() + rereads.describe();
        } finally {
            pool.shutdownNow();
            readers.forEach(Reader::close);
        }
    }

    /**
     * Exports one chunk; when the source connection is lost mid-chunk (server restart, KILL, network
     * cut), discards the chunk's partial files and reads it again from its start on a new connection
     * after a backoff, up to {@link #READ_ATTEMPTS} times. The new connection cannot rejoin the
     * shared snapshot: it opens its own, and the run summary names the chunks read in it.
     */
    private void exportWithRetry(Reader reader, Manifest manifest, ItemLayout layout, MigrationSource from, Chunk chunk,
                                 AtomicLong rows, long expectedRows, Rereads rereads) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                if (reader.connection == null) {
                    reader.connection = snapshots.openOwn();
                    reader.ownSnapshot = true;
                }
                exportChunk(reader.connection, manifest, layout, from, chunk, rows, expectedRows);
                if (reader.ownSnapshot) {
                    rereads.readInOwnSnapshot(chunk);
                }
                return;
            } catch (Exception e) {
                if (!SourceFaults.connectionLost(e)) {
                    throw e;
                }
                reader.close();
                discardPartialOutput(manifest.runId(), chunk);
                if (attempt >= READ_ATTEMPTS) {
                    throw new LsqlException("Reading " + from.describe() + " lost the MySQL connection " + attempt + " times in chunk "
                            + chunk.name() + " (" + io.lsql.core.ErrorText.of(rootCause(e)) + "); the finished chunks are kept, "
                            + "so once the source is reachable finish the run with: lsql migrate --resume " + manifest.runId()
                            + " --stage " + stage.uri() + ".", e);
                }
                rereads.retried(chunk);
                progress.progress("export: lost the MySQL connection reading chunk " + chunk.name() + "; reading it again",
                        rows.get(), expectedRows);
                cancel.throwIfCancelled();
                Thread.sleep(RETRY_BASE_MILLIS << (attempt - 1));
            }
        }
    }

    /** Deletes what an unfinished attempt at a chunk left behind: its data files and its rejects. */
    private void discardPartialOutput(String runId, Chunk chunk) throws IOException {
        for (String stale : stage.list(ChunkWriter.chunkPrefix(runId, chunk))) {
            stage.delete(stale);
        }
        String rejects = rejectsName(runId, chunk);
        if (stage.exists(rejects)) {
            stage.delete(rejects);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** One worker's source connection: in the shared snapshot at first, in a snapshot of its own once replaced. */
    private static final class Reader implements AutoCloseable {
        Connection connection;
        boolean ownSnapshot;

        Reader(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            if (connection != null) {
                SourceSnapshots.closeQuietly(connection);
                connection = null;
            }
        }
    }

    /** The chunks read again after a lost connection, and those read outside the shared snapshot, for the summary. */
    private static final class Rereads {
        private final Set<String> retried = new ConcurrentSkipListSet<>();
        private final Set<String> ownSnapshot = new ConcurrentSkipListSet<>();

        void retried(Chunk chunk) {
            retried.add(chunk.name());
        }

        void readInOwnSnapshot(Chunk chunk) {
            ownSnapshot.add(chunk.name());
        }

        String describe() {
            if (retried.isEmpty()) {
                return "";
            }
            Set<String> later = new java.util.TreeSet<>(ownSnapshot);
            later.removeAll(retried);
            return "; after a lost connection, chunk" + (retried.size() == 1 ? " " : "s ") + String.join(", ", retried)
                    + (retried.size() == 1 ? " was" : " were") + " read again from the start in a new snapshot of its own"
                    + (later.isEmpty() ? "" : ", and chunk" + (later.size() == 1 ? " " : "s ") + String.join(", ", later)
                    + " in that later snapshot too");
        }
    }

    private void exportChunk(Connection connection, Manifest manifest, ItemLayout layout, MigrationSource from, Chunk chunk,
                             AtomicLong rows, long expectedRows) throws Exception {
        String sql = SourceQuery.select(from, layout, chunk, 0);
        long read = 0;
        List<StagedFile> files;
        ChunkRows out = new ChunkRows(layout, manifest.runId(), chunk);
        try (ChunkWriter writer = new ChunkWriter(stage, manifest.runId(), chunk, manifest.plan().fileSizeMb() * 1024L * 1024L,
                manifest.plan().compression());
             PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            out.writer = writer;
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
                    out.row(rs);
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
            out.closeRejects();
        }
        ChunkCheckpoint checkpoint = new ChunkCheckpoint(manifest.runId(), chunk.id(), read, out.items, out.rejected,
                out.mapper.zeroDates(), out.mapper.nonBooleans(), files);
        stage.write(checkpointName(chunk), JSON.writeValueAsBytes(checkpoint));
        progress.progress("export", rows.get(), expectedRows);
    }

    /**
     * One chunk's rows becoming items or rejects. The per-row work is a method of its own so the JIT
     * compiles it once: inlined into the read loop it made two more large compilations of that loop
     * (on-stack replacement, then the whole method), a fixed cost of every run.
     */
    private final class ChunkRows {
        final RowMapper mapper;
        final ItemEncoder encoder;
        final String runId;
        final Chunk chunk;
        ChunkWriter writer;
        OutputStream rejects;
        long items;
        long rejected;

        ChunkRows(ItemLayout layout, String runId, Chunk chunk) {
            this.mapper = new RowMapper(layout.columns());
            this.encoder = new ItemEncoder(layout);
            this.runId = runId;
            this.chunk = chunk;
        }

        void row(ResultSet rs) throws SQLException, IOException {
            String problem = mapper.read(rs).orElse(null);
            ItemEncoder.Result result = problem == null ? encoder.encode(mapper) : null;
            if (result != null && result.ok()) {
                writer.write(encoder.bytes(), encoder.length());
                items++;
            } else {
                rejected++;
                if (rejects == null) {
                    rejects = stage.create(rejectsName(runId, chunk));
                }
                rejects.write(rejectLine(chunk, result, problem, problem != null ? encoder.keyText(mapper) : null));
            }
        }

        void closeRejects() throws IOException {
            if (rejects != null) {
                rejects.close();
            }
        }
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

    private static String rejectsName(String runId, Chunk chunk) {
        return REJECTS_DIR + runId + "-" + chunk.name() + ".jsonl";
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
}
