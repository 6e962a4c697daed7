package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.ScaleGenerator;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults on the source side, against the real MariaDB: the reading connection KILLed mid-chunk, a
 * source that keeps dropping it, and the global read lock that must never stall writers for long.
 */
@IntegrationTest
class SourceFaultsIT {

    static final String DB = "source_faults";
    static final long CUSTOMERS = 10_000;
    static final long ORDERS = CUSTOMERS * ScaleGenerator.ORDERS_PER_CUSTOMER;
    static final long LINES = ORDERS * ScaleGenerator.LINES_PER_ORDER;
    /** A slow query (the server sleeps 1 ms per row), so a KILL always lands in the middle of its result. */
    static final String SLOW_QUERY = "SELECT cust_id, name, SLEEP(0.001) AS pause FROM Customers ORDER BY cust_id LIMIT 3000";

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            ScaleGenerator.generate(connection, CUSTOMERS, 5, ProgressListener.NONE);
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE TABLE " + DB + ".Orders, " + DB + ".OrderLines");
            }
        }
    }

    @Test
    void readersKilledMidChunkReadTheirChunkAgainAndTheExportHoldsEveryRowOnce(Sandbox sandbox, @TempDir Path dir) throws Exception {
        AtomicInteger killed = new AtomicInteger();
        AtomicBoolean once = new AtomicBoolean();
        ProgressListener killOnce = (message, done, total) -> {
            if (message.equals("export") && once.compareAndSet(false, true)) {
                killed.addAndGet(kill(sandbox, "FROM `OrderLines` WHERE", 4));
            }
        };
        RunSummary faulty = service(sandbox, killOnce).export(plan("OrderLines", "killed_lines", dir.resolve("killed"), 4, null));
        assertTrue(killed.get() >= 1, "a reader was killed while its query ran");
        assertEquals(LINES, faulty.rowsRead());
        assertTrue(faulty.snapshot().startsWith("one consistent snapshot shared by 4 readers"), faulty.snapshot());
        assertTrue(faulty.snapshot().contains(" read again from the start in a new snapshot of its own"), faulty.snapshot());

        RunSummary clean = service(sandbox, ProgressListener.NONE).export(plan("OrderLines", "clean_lines", dir.resolve("clean"), 4, null));
        List<String> items = stagedItems(dir.resolve("killed"));
        assertEquals(LINES, items.size());
        assertEquals(stagedItems(dir.resolve("clean")), items, "every row exactly once, as in an export without faults");
        assertEquals(clean.rowsRead(), faulty.rowsRead());
    }

    @Test
    void aSlowReadKilledOnceIsReadAgainWithoutItsPartialFiles(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (Killer killer = new Killer(sandbox, "SLEEP(0.001) AS pause", 1, 500)) {
            RunSummary run = service(sandbox, ProgressListener.NONE).migrate(
                    slowQueryPlan("slow_customers", dir));
            assertEquals(1, killer.kills());
            assertEquals(3000, run.rowsRead());
            assertTrue(run.verify().equal(), run.verify().toString());
            assertEquals(3000, run.verify().targetItems());
            assertTrue(run.snapshot().contains("chunk c00001 was read again from the start"), run.snapshot());
            Manifest manifest = new ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Manifest.class);
            assertEquals(dataFiles(dir), manifest.files().stream().map(StagedFile::name).sorted().toList(),
                    "the killed attempt's partial files are gone");
        }
    }

    @Test
    void aSourceThatKeepsDroppingTheConnectionStopsWithOneSentenceAndResumes(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationPlan plan = slowQueryPlan("dropping_customers", dir);
        String message;
        try (Killer killer = new Killer(sandbox, "SLEEP(0.001) AS pause", Exporter.READ_ATTEMPTS, 200)) {
            message = assertThrows(LsqlException.class, () -> service(sandbox, ProgressListener.NONE).migrate(plan)).getMessage();
            assertEquals(Exporter.READ_ATTEMPTS, killer.awaitKills());
        }
        Manifest manifest = new ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Manifest.class);
        assertTrue(message.startsWith("Reading query lost the MySQL connection 4 times in chunk c00001 ("), message);
        assertTrue(message.endsWith("; the finished chunks are kept, so once the source is reachable finish the run with: "
                + "lsql migrate --resume " + manifest.runId() + " --stage " + dir.toUri() + "."), message);
        assertFalse(message.contains("\n"), message);
        assertEquals(Manifest.EXPORTING, manifest.status());
        assertEquals(List.of(), dataFiles(dir), "no partial file of the failed chunk is left for a load to pick up");

        RunSummary resumed = service(sandbox, ProgressListener.NONE).resume(manifest.runId(), dir.toString(), RunOverrides.NONE);
        assertEquals(3000, resumed.rowsRead());
        assertTrue(resumed.verify().equal(), resumed.verify().toString());
    }

    @Test
    void theGlobalReadLockIsReleasedAsSoonAsTheReadersHaveTheirSnapshot(Sandbox sandbox, @TempDir Path dir) throws Exception {
        AtomicBoolean wrote = new AtomicBoolean();
        ProgressListener writeDuringExport = (message, done, total) -> {
            if (message.equals("export") && wrote.compareAndSet(false, true)) {
                try (Connection writer = Databases.connect(sandbox, DB); Statement s = writer.createStatement()) {
                    s.execute("SET SESSION lock_wait_timeout = 2");
                    s.execute("INSERT INTO Orders (ord_id, cust_id, ord_date, ship_date, last_updated) "
                            + "SELECT 'zz-during-export', MIN(cust_id), NOW(), NOW(), NOW() FROM Customers");
                } catch (Exception e) {
                    throw new AssertionError("a writer was blocked during the export: " + e.getMessage(), e);
                }
            }
        };
        try {
            RunSummary run = service(sandbox, writeDuringExport).export(plan("Orders", "snap_orders", dir, 4, SnapshotMode.LOCK));
            assertTrue(wrote.get());
            assertTrue(run.snapshot().matches("one consistent snapshot shared by 4 readers \\(global read lock held \\d+ ms\\)"),
                    run.snapshot());
            assertEquals(ORDERS, run.rowsRead(), "the row written after the snapshot opened is not in the export");
        } finally {
            execute(sandbox, "DELETE FROM Orders WHERE ord_id = 'zz-during-export'");
        }
    }

    @Test
    void aLockThatIsNotGrantedInTimeFallsBackToASnapshotPerReaderAndSaysSo(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (Connection holder = Databases.connect(sandbox, DB); Statement s = holder.createStatement()) {
            s.execute("LOCK TABLES Reps WRITE");
            long start = System.nanoTime();
            RunSummary locked = service(sandbox, ProgressListener.NONE).export(plan("Orders", "snap_x", dir.resolve("a"), 4, null));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals("a consistent snapshot per reader, because the global read lock was not granted within 10 s (a long query "
                    + "or LOCK TABLES held it up): the 4 readers may see different points in time", locked.snapshot());
            assertTrue(seconds >= SourceSnapshots.LOCK_WAIT_SECONDS && seconds < SourceSnapshots.LOCK_WAIT_SECONDS + 20, "" + seconds);
            assertEquals(ORDERS, locked.rowsRead());

            start = System.nanoTime();
            RunSummary none = service(sandbox, ProgressListener.NONE).export(plan("Orders", "snap_x", dir.resolve("b"), 4, SnapshotMode.NONE));
            assertTrue((System.nanoTime() - start) / 1e9 < SourceSnapshots.LOCK_WAIT_SECONDS, "--snapshot none never waits for a lock");
            assertTrue(none.snapshot().startsWith("a consistent snapshot per reader, without a global lock (--snapshot none)"),
                    none.snapshot());
            assertEquals(ORDERS, none.rowsRead());
            s.execute("UNLOCK TABLES");
        }
    }

    @Test
    void aUserWithoutTheReloadPrivilegeGetsASnapshotPerReaderAndIsToldWhy(Sandbox sandbox, @TempDir Path dir) throws Exception {
        execute(sandbox, "CREATE USER IF NOT EXISTS 'reader'@'127.0.0.1' IDENTIFIED BY 'reader-pw'");
        execute(sandbox, "GRANT SELECT, SHOW VIEW ON " + DB + ".* TO 'reader'@'127.0.0.1'");
        JdbcSource reader = new JdbcSource(sandbox.mariaDb().jdbcUrl(DB), "reader", "reader-pw".toCharArray());
        RunSummary run = new MigrationService(reader, Databases.aws(sandbox), ProgressListener.NONE, new CancellationToken())
                .export(plan("Orders", "reader_orders", dir, 4, null));
        assertEquals("a consistent snapshot per reader, because the global read lock was refused (it needs the RELOAD "
                + "privilege): the 4 readers may see different points in time", run.snapshot());
        assertEquals(ORDERS, run.rowsRead());
    }

    @Test
    void anUnknownSnapshotModeIsRefusedBeforeAnyWork(Sandbox sandbox, @TempDir Path dir) throws Exception {
        LsqlException e = assertThrows(LsqlException.class, () -> service(sandbox, ProgressListener.NONE)
                .export(plan("Orders", "snap_x", dir, 4, SnapshotMode.of("global"))));
        assertEquals("--snapshot must be none or lock, not 'global'.", e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("manifest.json")));
        }
    }

    private static MigrationService service(Sandbox sandbox, ProgressListener progress) {
        return new MigrationService(Databases.source(sandbox, DB), Databases.aws(sandbox), progress, new CancellationToken());
    }

    private static MigrationPlan plan(String table, String target, Path stage, int workers, SnapshotMode snapshot) {
        return Migrations.plan(MigrationSource.Kind.TABLE, table, target, stage.toString(), LoadMethod.BATCH).withWorkers(workers)
                .withSnapshot(snapshot);
    }

    private static MigrationPlan slowQueryPlan(String target, Path stage) {
        return Migrations.plan(MigrationSource.Kind.QUERY, SLOW_QUERY, target, stage.toString(), LoadMethod.BATCH)
                .withKeys("cust_id", null).withWorkers(1);
    }

    /** The staged items of a run, one JSON line each, sorted. */
    private static List<String> stagedItems(Path stage) throws Exception {
        List<String> items = new java.util.ArrayList<>();
        for (String file : dataFiles(stage)) {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                    Files.newInputStream(stage.resolve(file))), java.nio.charset.StandardCharsets.UTF_8))) {
                in.lines().forEach(items::add);
            }
        }
        java.util.Collections.sort(items);
        return items;
    }

    private static List<String> dataFiles(Path stage) throws Exception {
        Path data = stage.resolve("data");
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(data)) {
            return files.map(p -> "data/" + p.getFileName()).sorted().toList();
        }
    }

    /** KILLs up to {@code max} connections whose running statement contains {@code text}; returns how many. */
    static int kill(Sandbox sandbox, String text, int max) {
        int count = 0;
        try (Connection admin = Databases.connect(sandbox, ""); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE '%"
                     + text.replace("'", "''") + "%' AND ID <> CONNECTION_ID() LIMIT " + max)) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            for (long id : ids) {
                try (Statement k = admin.createStatement()) {
                    k.execute("KILL " + id);
                    count++;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError("KILL failed: " + e.getMessage(), e);
        }
        return count;
    }

    private static void execute(Sandbox sandbox, String sql) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB); Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** A thread that KILLs the connection running a statement with {@code text}, {@code times} times, each after it ran {@code afterMillis}. */
    private static final class Killer implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final AtomicInteger kills = new AtomicInteger();
        private final Future<?> loop;

        Killer(Sandbox sandbox, String text, int times, long afterMillis) {
            loop = thread.submit(() -> {
                try {
                    while (kills.get() < times) {
                        if (running(sandbox, text)) {
                            Thread.sleep(afterMillis);
                            kills.addAndGet(kill(sandbox, text, 1));
                        }
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }

        private static boolean running(Sandbox sandbox, String text) throws Exception {
            try (Connection admin = Databases.connect(sandbox, ""); Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%"
                         + text.replace("'", "''") + "%' AND ID <> CONNECTION_ID()")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }

        int kills() {
            return kills.get();
        }

        /**
         * The kills once the loop has issued all of them: the exporter may see its last connection drop before this
         * thread has counted the KILL that dropped it.
         */
        int awaitKills() throws Exception {
            try {
                loop.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // fewer kills than asked for: the count below says how many
            }
            return kills.get();
        }

        @Override
        public void close() throws Exception {
            thread.shutdownNow();
            assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));
            if (loop.isDone() && !loop.isCancelled()) {
                loop.get();
            }
        }
    }
}
