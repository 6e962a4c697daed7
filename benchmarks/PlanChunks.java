import io.lsql.core.migrate.Chunk;
import io.lsql.core.migrate.ChunkPlanner;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Times chunk planning of a table: lsql's one streaming pass over the key (ChunkPlanner), and, for
 * comparison, the former plan of one {@code ORDER BY key LIMIT 1 OFFSET n} query per bound, at the
 * chunk count lsql uses with WORKERS readers and at CHUNKS chunks (what a 100M-row table gets).
 * Usage: java -cp target/lsql.jar benchmarks/PlanChunks.java JDBC_URL USER TABLE WORKERS CHUNKS RUNS
 * Prints one JSON object: {"rows":…, "<n>": {"chunks": n, "onePass": [s…], "offsetPerBound": [s…]}, …}
 */
public class PlanChunks {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String table = args[2];
        int workers = Integer.parseInt(args[3]);
        int manyChunks = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        try (Connection connection = DriverManager.getConnection(url, args[1], "")) {
            SourceDescription source = SourceDescriber.describe(connection, connection.getCatalog(),
                    new MigrationSource(MigrationSource.Kind.TABLE, table));
            StringBuilder json = new StringBuilder("{\"rows\":" + source.table().rowEstimate());
            for (int readers : new int[] {workers, manyChunks}) {
                List<Double> onePass = new ArrayList<>();
                List<Double> offsets = new ArrayList<>();
                int chunks = 0;
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    List<Chunk> plan = ChunkPlanner.plan(connection, source, readers);
                    onePass.add((System.nanoTime() - start) / 1e9);
                    chunks = plan.size();
                    start = System.nanoTime();
                    offsetPerBound(connection, table, plan.get(0).column(), source.table().rowEstimate(), chunks);
                    offsets.add((System.nanoTime() - start) / 1e9);
                }
                json.append(",\"").append(readers).append("\":{\"chunks\":").append(chunks).append(",\"onePass\":").append(onePass)
                        .append(",\"offsetPerBound\":").append(offsets).append('}');
            }
            System.out.println(json.append('}'));
        }
    }

    /** The former planner: one OFFSET query per bound, each skipping all rows before it. */
    private static void offsetPerBound(Connection connection, String table, String column, long rows, int count) throws Exception {
        String sql = "SELECT `" + column + "` FROM `" + table + "` ORDER BY `" + column + "` LIMIT 1 OFFSET ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 1; i < count; i++) {
                ps.setLong(1, rows * i / count);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        }
    }
}
