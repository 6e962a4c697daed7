package io.lsql.core.migrate;

import io.lsql.core.ProgressListener;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.ScaleGenerator;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.Table;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chunk planning in one streaming pass: even ranges whatever the row estimate, every row in exactly one range. */
@IntegrationTest
class ChunkPlannerIT {

    static final String DB = "chunk_plan";
    static final long LINES = 50_000;

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
            ScaleGenerator.generate(connection, LINES / 20, 3, ProgressListener.NONE);
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE TABLE binary_keys (id BINARY(16) PRIMARY KEY, v INT) ENGINE=InnoDB");
                s.execute("INSERT INTO binary_keys SELECT UNHEX(MD5(CONCAT(ord_id, '#', ord_line_id))), 1 FROM OrderLines LIMIT 20000");
                s.execute("CREATE TABLE dense_ids (id BIGINT PRIMARY KEY, v INT) ENGINE=InnoDB");
                s.execute("INSERT INTO dense_ids SELECT seq, 1 FROM seq_1_to_40000");
                s.execute("CREATE TABLE sparse_ids (id BIGINT PRIMARY KEY, v INT) ENGINE=InnoDB");
                s.execute("INSERT INTO sparse_ids SELECT IF(seq <= 30000, seq, seq * 1000), 1 FROM seq_1_to_40000");
                s.execute("ANALYZE TABLE OrderLines, binary_keys, dense_ids, sparse_ids");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 1.0, 5.0})
    void oneStreamingPassCutsEvenRangesWhateverTheRowEstimate(double estimateFactor, Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            SourceDescription lines = withEstimate(describe(connection, "OrderLines"), (long) (LINES * estimateFactor));
            long selectsBefore = selects(connection);
            List<Chunk> chunks = ChunkPlanner.plan(connection, lines, 4);
            assertEquals(1, selects(connection) - selectsBefore, "one SELECT plans every bound");
            assertEquals(4, chunks.size(), chunks.toString());
            long total = 0;
            for (Chunk chunk : chunks) {
                long rows = count(connection, chunk);
                assertTrue(Math.abs(rows - LINES / 4) < LINES / 40, "within 10% of an even share: " + rows + " in " + chunk);
                total += rows;
            }
            assertEquals(LINES, total, "every row in exactly one range");
            for (int i = 1; i < chunks.size(); i++) {
                assertEquals(chunks.get(i - 1).upper(), chunks.get(i).lower(), "ranges are contiguous");
            }
        }
    }

    @Test
    void aDenseIntegerKeyIsCutBetweenItsMinAndMaxWithoutReadingEveryKey(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            List<Chunk> chunks = ChunkPlanner.plan(connection, describe(connection, "dense_ids"), 4);
            assertEquals(List.of("10001", "20001", "30001"), chunks.stream().skip(1).map(Chunk::lower).toList());
            long total = 0;
            for (Chunk chunk : chunks) {
                total += count(connection, chunk, "dense_ids");
            }
            assertEquals(40_000, total, "every row in exactly one range");
        }
    }

    @Test
    void aSparseIntegerKeyIsCutByOnePassOverItsValues(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            List<Chunk> chunks = ChunkPlanner.plan(connection, describe(connection, "sparse_ids"), 4);
            assertEquals(4, chunks.size(), chunks.toString());
            for (Chunk chunk : chunks) {
                long rows = count(connection, chunk, "sparse_ids");
                assertTrue(Math.abs(rows - 10_000) < 1_000, "even shares, not equal steps of the range: " + rows + " in " + chunk);
            }
        }
    }

    @Test
    void aKeyThatDoesNotRoundTripAsTextIsReadAsOneChunk(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, DB)) {
            assertEquals(List.of(Chunk.whole()), ChunkPlanner.plan(connection, describe(connection, "binary_keys"), 4));
        }
    }

    private static SourceDescription describe(Connection connection, String table) {
        return SourceDescriber.describe(connection, DB, new MigrationSource(MigrationSource.Kind.TABLE, table));
    }

    private static SourceDescription withEstimate(SourceDescription d, long rows) {
        Table t = d.table();
        Table estimated = new Table(t.schema(), t.name(), t.kind(), t.engine(), t.comment(), t.columns(), t.primaryKey(), t.indexes(),
                t.foreignKeys(), rows, t.avgRowLength(), t.dataLength(), t.view());
        return new SourceDescription(d.source(), d.columns(), estimated, d.design());
    }

    private static long selects(Connection connection) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static long count(Connection connection, Chunk chunk) throws Exception {
        return count(connection, chunk, "OrderLines");
    }

    private static long count(Connection connection, Chunk chunk, String table) throws Exception {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table + chunk.where())) {
            int parameter = 1;
            if (chunk.lower() != null) {
                ps.setString(parameter++, chunk.lower());
            }
            if (chunk.upper() != null) {
                ps.setString(parameter, chunk.upper());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
