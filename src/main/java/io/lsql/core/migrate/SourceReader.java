package io.lsql.core.migrate;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.RowMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one read of a source through the type mapping: runs {@link SourceQuery}'s SELECT as a stream (row by
 * row, never a whole result in memory), maps each row and encodes it as the DynamoDB JSON line the export
 * stages, and hands it to a {@link Sink}. The export and the dry run read through it, so a dry run sees
 * exactly the items and rejects an export would. One reader per read: it counts what its mapper saw.
 */
public final class SourceReader {

    /** Receives each row as it is read. */
    @FunctionalInterface
    public interface Sink {
        void accept(Row row) throws IOException;
    }

    /** The current row, mapped and encoded; valid only during the {@link Sink#accept} call that receives it. */
    public static final class Row {
        private final RowMapper mapper;
        private final ItemEncoder encoder;
        private String problem;
        private ItemEncoder.Result result;

        private Row(RowMapper mapper, ItemEncoder encoder) {
            this.mapper = mapper;
            this.encoder = encoder;
        }

        /** True when the row became an item: {@link #bytes()} holds its line. */
        public boolean ok() {
            return problem == null && result.ok();
        }

        /** Why the row can't become an item, or {@code null} when it can. */
        public String reason() {
            return problem != null ? problem : result.reason();
        }

        /** True when a value could not be mapped at all (the row was never encoded). */
        public boolean unmapped() {
            return problem != null;
        }

        /** The row's key as text, for reports and rejects. */
        public String key() {
            return problem != null ? encoder.keyText(mapper) : result.key();
        }

        /** The item's size as DynamoDB counts it (names and values); {@code null} when the row was never encoded. */
        public Long itemBytes() {
            return problem != null ? null : result.itemBytes();
        }

        /** The encoded line, newline included, of an {@link #ok()} row: {@code length()} bytes of this array. */
        public byte[] bytes() {
            return encoder.bytes();
        }

        public int length() {
            return encoder.length();
        }
    }

    private final MigrationSource from;
    private final ItemLayout layout;
    private final RowMapper mapper;
    private final Row row;

    public SourceReader(MigrationSource from, ItemLayout layout) {
        this.from = from;
        this.layout = layout;
        this.mapper = new RowMapper(layout);
        this.row = new Row(mapper, new ItemEncoder(layout));
    }

    /**
     * Reads the rows of {@code chunk} (the whole source when {@code null}), at most {@code limit} when it is
     * positive, on {@code connection}, which the caller has set up (time zone, snapshot).
     *
     * @return the rows read
     */
    public long read(Connection connection, Chunk chunk, int limit, Sink sink) throws SQLException, IOException {
        String sql = SourceQuery.select(from, layout, chunk, limit);
        try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE);
            int parameter = 1;
            if (chunk != null && chunk.lower() != null) {
                ps.setString(parameter++, chunk.lower());
            }
            if (chunk != null && chunk.upper() != null) {
                ps.setString(parameter, chunk.upper());
            }
            long read = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read++;
                    sink.accept(map(rs));
                }
            }
            return read;
        }
    }

    /**
     * Maps and encodes the current row of {@code rs}, a result whose columns are {@link SourceQuery#columns}'s: for
     * readers that choose their own rows (the CRUD pane's pages) but must map them exactly as the export does.
     */
    public Row map(ResultSet rs) throws SQLException {
        row.problem = mapper.read(rs).orElse(null);
        row.result = row.problem == null ? row.encoder.encode(mapper) : null;
        return row;
    }

    /**
     * A read-only connection set up as the export's readers are (UTC session time zone, long network writes) in a
     * consistent snapshot of its own, so reads on it map values exactly as the export does.
     */
    public static Connection openSnapshot(JdbcSource source) {
        return new SourceSnapshots(source).openOwn();
    }

    /** Zero dates seen so far (each leaves its attribute out). */
    public long zeroDates() {
        return mapper.zeroDates();
    }

    /** TINYINT(1) values other than 0 and 1 seen so far. */
    public long nonBooleans() {
        return mapper.nonBooleans();
    }
}
