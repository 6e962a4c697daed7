package io.lsql.core.migrate;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens the export's reader connections, each in a REPEATABLE READ transaction with a consistent
 * snapshot. With several readers and {@link SnapshotMode#LOCK}, a coordinator takes FLUSH TABLES WITH
 * READ LOCK only for as long as the readers need to open their snapshots (as mysqldump
 * --single-transaction and mydumper do), and waits at most {@link #LOCK_WAIT_SECONDS} for it, so a
 * production source never stalls its writers for long; if the lock can't be had, every reader takes
 * its own snapshot and the description says so.
 */
final class SourceSnapshots {

    static final int LOCK_WAIT_SECONDS = 10;
    private static final int ACCESS_DENIED = 1227;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** The readers' connections and one sentence on how consistent they are, for the run summary. */
    record Readers(List<Connection> connections, String description) {
    }

    private final JdbcSource source;

    SourceSnapshots(JdbcSource source) {
        this.source = source;
    }

    Readers open(int readers, SnapshotMode mode) {
        List<Connection> connections = new ArrayList<>();
        try {
            if (readers == 1) {
                connections.add(openReader());
                return new Readers(connections, "one consistent snapshot (one reader)");
            }
            if (mode == SnapshotMode.NONE) {
                for (int i = 0; i < readers; i++) {
                    connections.add(openReader());
                }
                return new Readers(connections, "a consistent snapshot per reader, without a global lock (--snapshot none): the "
                        + readers + " readers may see different points in time");
            }
            return new Readers(connections, openUnderLock(readers, connections));
        } catch (RuntimeException e) {
            connections.forEach(SourceSnapshots::closeQuietly);
            throw e;
        }
    }

    /** A new reader in a snapshot of its own, for a chunk read again after its connection was lost. */
    Connection openOwn() {
        return openReader();
    }

    private String openUnderLock(int readers, List<Connection> connections) {
        Connection coordinator = source.openReadOnly();
        try {
            String refused = lock(coordinator);
            long locked = System.nanoTime();
            try {
                for (int i = 0; i < readers; i++) {
                    connections.add(openReader());
                }
            } finally {
                if (refused == null) {
                    unlock(coordinator);
                }
            }
            if (refused != null) {
                return "a consistent snapshot per reader, because the global read lock " + refused + ": the " + readers
                        + " readers may see different points in time";
            }
            return String.format(Locale.ROOT, "one consistent snapshot shared by %d readers (global read lock held %d ms)",
                    readers, (System.nanoTime() - locked) / 1_000_000);
        } finally {
            closeQuietly(coordinator);
        }
    }

    /** Takes the global read lock; returns null when it holds, else why it was not granted. */
    private static String lock(Connection coordinator) {
        try (Statement s = coordinator.createStatement()) {
            s.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
            s.execute("FLUSH TABLES WITH READ LOCK");
            return null;
        } catch (SQLException e) {
            if (e.getErrorCode() == ACCESS_DENIED) {
                return "was refused (it needs the RELOAD privilege)";
            }
            if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return "was not granted within " + LOCK_WAIT_SECONDS + " s (a long query or LOCK TABLES held it up)";
            }
            return "could not be taken (" + ErrorText.of(e) + ")";
        }
    }

    private static void unlock(Connection coordinator) {
        try (Statement s = coordinator.createStatement()) {
            s.execute("UNLOCK TABLES");
        } catch (SQLException ignored) {
            // closing the coordinator releases the lock too, right after this
        }
    }

    private Connection openReader() {
        Connection connection = source.openReadOnly();
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00'");
            s.execute("SET SESSION net_write_timeout = 3600");
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new LsqlException("Could not open a consistent snapshot on MySQL: " + ErrorText.of(e) + ".", e);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to save
        }
    }
}
