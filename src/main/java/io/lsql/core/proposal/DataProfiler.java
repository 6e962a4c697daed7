package io.lsql.core.proposal;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceQuery;
import io.lsql.core.migrate.SourceReader;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanLayouts;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Measures every table of a schema on a bounded sample of its rows, read in one consistent snapshot as the export
 * reads them (streamed; only the sample is kept): row counts, per-column null fractions, distinct values and the
 * busiest value's share, and item sizes through the table-per-table mapping.
 */
public final class DataProfiler {

    /** Rows per table the profile samples unless told otherwise. */
    public static final int DEFAULT_SAMPLE_ROWS = 2000;
    /** Below this many rows (the server's estimate) a sampled-out table is counted exactly. */
    static final long EXACT_COUNT_BELOW = 100_000;

    private final JdbcSource source;
    private final CancellationToken cancel;

    public DataProfiler(JdbcSource source, CancellationToken cancel) {
        this.source = source;
        this.cancel = cancel;
    }

    /** Profiles the single source of each of {@code baseline}'s targets (the table-per-table design of {@code schema}). */
    public DataProfile profile(Schema schema, List<Target> baseline, int sampleRows) {
        List<TableProfile> tables = new ArrayList<>();
        try (Connection connection = SourceReader.openSnapshot(source)) {
            for (Target target : baseline) {
                TargetSource from = target.sources().get(0);
                Table table = schema.table(from.name()).orElseThrow();
                cancel.throwIfCancelled();
                tables.add(profile(connection, table, target, from, sampleRows));
            }
        } catch (SQLException e) {
            throw new LsqlException("Sampling the rows of " + schema.name() + " failed: " + ErrorText.of(e) + ".", e);
        }
        return new DataProfile(schema.name(), sampleRows, tables);
    }

    private static TableProfile profile(Connection connection, Table table, Target target, TargetSource from, int limit)
            throws SQLException {
        List<SourceColumn> columns = table.columns().stream().map(SourceColumn::of).toList();
        MigrationSource migration = new MigrationSource(MigrationSource.Kind.TABLE, table.name());
        ItemLayout layout = PlanLayouts.layout(new SourceDescription(migration, columns, table, null), target, from);
        RowMapper mapper = new RowMapper(layout);
        ItemEncoder encoder = new ItemEncoder(layout);
        List<List<String>> sample = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SourceQuery.select(migration, layout, null, limit),
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> texts = texts(rs, columns);
                    sample.add(texts);
                    if (mapper.mapGiven(texts).isEmpty()) {
                        ItemEncoder.Result result = encoder.encode(mapper);
                        sizes.add(result.itemBytes());
                    }
                }
            }
        }
        long rows = sample.size() < limit ? sample.size() : count(connection, migration, table.rowEstimate());
        long[] sorted = sizes.stream().mapToLong(Long::longValue).sorted().toArray();
        long p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        long max = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
        return TableProfile.of(table.name(), rows, columns, sample, p50, max);
    }

    /** Each value as the text MySQL prints for it, as {@link RowMapper#mapGiven} takes it. */
    private static List<String> texts(ResultSet rs, List<SourceColumn> columns) throws SQLException {
        String[] texts = new String[columns.size()];
        for (int i = 0; i < texts.length; i++) {
            ValueKind kind = columns.get(i).kind();
            if (kind == ValueKind.BINARY || kind == ValueKind.BOOL_BIT || isTemporal(kind)) {
                byte[] raw = rs.getBytes(i + 1);
                texts[i] = raw == null ? null : kind == ValueKind.BINARY ? Base64.getEncoder().encodeToString(raw)
                        : kind == ValueKind.BOOL_BIT ? (anyBitSet(raw) ? "1" : "0") : new String(raw, StandardCharsets.US_ASCII);
            } else {
                texts[i] = rs.getString(i + 1);
            }
        }
        return Arrays.asList(texts);
    }

    private static boolean isTemporal(ValueKind kind) {
        return kind == ValueKind.DATE || kind == ValueKind.DATETIME || kind == ValueKind.TIMESTAMP || kind == ValueKind.TIME;
    }

    private static boolean anyBitSet(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }

    private static long count(Connection connection, MigrationSource from, long estimate) throws SQLException {
        if (estimate >= EXACT_COUNT_BELOW) {
            return estimate;
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + from.from())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
