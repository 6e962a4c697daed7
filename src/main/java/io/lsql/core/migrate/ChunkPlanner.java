package io.lsql.core.migrate;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.Table;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a table into key ranges on the first primary-key column, so N workers read it in
 * parallel and a resumed run redoes only unfinished ranges. Views, queries and keys whose values
 * don't survive a round trip as text (binary, ENUM, floating point…) are one chunk.
 *
 * <p>The bounds come from one streaming pass over the key in index order (no OFFSET per bound,
 * which is quadratic on large tables): every k-th value is kept as a candidate, k doubling whenever
 * the candidates outgrow their budget, and at the end the candidates nearest to equal row counts
 * become the bounds, so the chunks are even whatever the server's row estimate said.
 *
 * <p>An integer key whose values fill their range densely (an AUTO_INCREMENT id, as most tables have)
 * is cut by arithmetic between its MIN and MAX instead, as mydumper does: two index lookups in place
 * of a pass that reads every key, which on a 1M-row table cost about as much as a tenth of the export.
 */
public final class ChunkPlanner {

    static final long ROWS_PER_CHUNK = 250_000;
    /** Below this, one reader is as fast as several. */
    static final long MIN_ROWS_TO_SPLIT = 10_000;
    static final int MAX_CHUNKS = 1000;
    /** Candidates kept per wanted chunk: room for a row estimate that is several times too high. */
    static final int OVERSAMPLE = 64;
    /** Types whose values compare the same as text and in the column (string order = the column's collation). */
    /** Rows per key value in [MIN, MAX] from which an integer key is cut by arithmetic (the estimate is rough). */
    static final double DENSE_KEYS = 0.5;
    private static final Set<String> INTEGER_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint");
    private static final Set<String> SPLITTABLE_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "date", "datetime",
            "timestamp", "time", "year");

    private ChunkPlanner() {
    }

    public static List<Chunk> plan(Connection connection, SourceDescription source, int workers) throws SQLException {
        Table table = source.table();
        if (table == null || table.isView() || table.primaryKey().isEmpty() || table.rowEstimate() < MIN_ROWS_TO_SPLIT
                || (workers < 2 && table.rowEstimate() < ROWS_PER_CHUNK) || !splittable(table)) {
            return List.of(Chunk.whole());
        }
        String column = table.primaryKey().get(0);
        long estimate = Math.max(1, table.rowEstimate());
        int wanted = (int) Math.max(workers, Math.min(MAX_CHUNKS, (estimate + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK));
        boolean integer = table.column(column).map(Column::dataType).filter(INTEGER_TYPES::contains).isPresent();
        List<String> bounds = integer ? denseIntegerBounds(connection, table.name(), column, wanted, estimate) : null;
        if (bounds == null) {
            bounds = bounds(connection, table.name(), column, wanted, estimate);
        }
        List<Chunk> chunks = new ArrayList<>();
        String lower = null;
        for (String bound : bounds) {
            chunks.add(new Chunk(chunks.size() + 1, column, lower, bound));
            lower = bound;
        }
        chunks.add(new Chunk(chunks.size() + 1, column, lower, null));
        return chunks;
    }

    private static boolean splittable(Table table) {
        return table.column(table.primaryKey().get(0)).map(Column::dataType).filter(SPLITTABLE_TYPES::contains).isPresent();
    }

    /**
     * Bounds at equal steps between the key's MIN and MAX, or {@code null} when the rows are too few for
     * the range (sparse keys, whose equal steps would hold unequal row counts) or the table is empty.
     */
    static List<String> denseIntegerBounds(Connection connection, String table, String column, int wanted, long estimate)
            throws SQLException {
        String quoted = MigrationSource.quote(column);
        BigInteger min;
        BigInteger max;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(" + quoted + "), MAX(" + quoted + ") FROM " + MigrationSource.quote(table))) {
            if (!rs.next() || rs.getString(1) == null) {
                return null;
            }
            min = new BigInteger(rs.getString(1));
            max = new BigInteger(rs.getString(2));
        }
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        if (BigInteger.valueOf(estimate).doubleValue() < span.doubleValue() * DENSE_KEYS) {
            return null;
        }
        List<String> bounds = new ArrayList<>();
        BigInteger last = min;
        for (int i = 1; i < wanted; i++) {
            BigInteger bound = min.add(span.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(wanted)));
            if (bound.compareTo(last) > 0) {
                bounds.add(bound.toString());
                last = bound;
            }
        }
        return bounds;
    }

    /** Up to {@code wanted - 1} increasing bounds that cut the key into ranges of about equal row counts. */
    static List<String> bounds(Connection connection, String table, String column, int wanted, long estimate) throws SQLException {
        try (Statement s = connection.createStatement()) {
            // the readers compare TIMESTAMP bounds in UTC, so the bounds are written in UTC too
            s.execute("SET SESSION time_zone = '+00:00'");
        }
        Candidates candidates = new Candidates(wanted * OVERSAMPLE, Math.max(1, estimate / ((long) wanted * OVERSAMPLE)));
        String sql = "SELECT " + MigrationSource.quote(column) + " FROM " + MigrationSource.quote(table)
                + " ORDER BY " + MigrationSource.quote(column);
        try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (candidates.next()) {
                        candidates.keep(rs.getString(1));
                    }
                }
            }
        }
        return candidates.bounds(wanted);
    }

    /** Every {@code step}-th key value with its row position; the step doubles when the list outgrows its budget. */
    private static final class Candidates {
        private final int budget;
        private long step;
        private long rows;
        private final List<Long> positions = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Candidates(int budget, long step) {
            this.budget = budget;
            this.step = step;
        }

        /** Counts a row; true when its value should be kept. */
        boolean next() {
            rows++;
            return rows % step == 0;
        }

        void keep(String value) {
            positions.add(rows);
            values.add(value);
            if (positions.size() > 2 * budget) {
                step *= 2;
                int kept = 0;
                for (int i = 0; i < positions.size(); i++) {
                    if (positions.get(i) % step == 0) {
                        positions.set(kept, positions.get(i));
                        values.set(kept, values.get(i));
                        kept++;
                    }
                }
                positions.subList(kept, positions.size()).clear();
                values.subList(kept, values.size()).clear();
            }
        }

        /** The kept values nearest below each 1/wanted of the rows, without repeats. */
        List<String> bounds(int wanted) {
            List<String> bounds = new ArrayList<>();
            for (int i = 1; i < wanted; i++) {
                long target = rows * i / wanted;
                int at = java.util.Collections.binarySearch(positions, target);
                int index = at >= 0 ? at : -at - 2;
                if (index < 0) {
                    continue;
                }
                String value = values.get(index);
                if (value != null && (bounds.isEmpty() || !bounds.get(bounds.size() - 1).equals(value))) {
                    bounds.add(value);
                }
            }
            return bounds;
        }
    }
}
