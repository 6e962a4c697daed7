package io.lsql.core.migrate;

import io.lsql.core.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table into key ranges on the first primary-key column, so N workers read it in
 * parallel and a resumed run redoes only unfinished ranges. Views and queries are one chunk.
 */
public final class ChunkPlanner {

    static final long ROWS_PER_CHUNK = 250_000;
    /** Below this, one reader is as fast as several. */
    static final long MIN_ROWS_TO_SPLIT = 10_000;

    private ChunkPlanner() {
    }

    public static List<Chunk> plan(Connection connection, SourceDescription source, int workers) throws SQLException {
        Table table = source.table();
        if (table == null || table.isView() || table.primaryKey().isEmpty() || table.rowEstimate() < MIN_ROWS_TO_SPLIT
                || (workers < 2 && table.rowEstimate() < ROWS_PER_CHUNK)) {
            return List.of(Chunk.whole());
        }
        String column = table.primaryKey().get(0);
        long rows = Math.max(1, table.rowEstimate());
        int count = (int) Math.max(workers, Math.min(1000, (rows + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK));
        List<String> bounds = new ArrayList<>();
        String sql = "SELECT " + MigrationSource.quote(column) + " FROM " + MigrationSource.quote(table.name())
                + " ORDER BY " + MigrationSource.quote(column) + " LIMIT 1 OFFSET ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 1; i < count; i++) {
                ps.setLong(1, rows * i / count);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        String bound = rs.getString(1);
                        if (bound != null && (bounds.isEmpty() || !bounds.get(bounds.size() - 1).equals(bound))) {
                            bounds.add(bound);
                        }
                    }
                }
            }
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
}
