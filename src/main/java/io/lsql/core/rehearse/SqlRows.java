package io.lsql.core.rehearse;

import io.lsql.core.crud.Item;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.RowMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a pattern's whole-row SQL for one source and maps every row to the item the migration writes for it, through the
 * migration's own {@link RowMapper} and {@link ItemEncoder}.
 */
final class SqlRows {

    /** A row as its item, or as the reason the migration rejects it (then {@code item} is null). */
    record Row(Item item, String name, String rejected) {
    }

    private SqlRows() {
    }

    static List<Row> read(Connection connection, String sql, List<Object> parameters, SourceBinding binding) throws SQLException {
        RowMapper mapper = new RowMapper(binding.layout());
        ItemEncoder encoder = new ItemEncoder(binding.layout());
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Long number) {
                    s.setLong(i + 1, number);
                } else {
                    s.setString(i + 1, (String) parameters.get(i));
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                if (rs.getMetaData().getColumnCount() != binding.columns().size()) {
                    throw new SQLException(binding.table() + ".* returned " + rs.getMetaData().getColumnCount()
                            + " columns where its description has " + binding.columns().size());
                }
                while (rs.next()) {
                    rows.add(row(mapper, encoder, rs, binding));
                }
            }
        }
        return rows;
    }

    private static Row row(RowMapper mapper, ItemEncoder encoder, ResultSet rs, SourceBinding binding) throws SQLException {
        Optional<String> problem = mapper.read(rs);
        if (problem.isPresent()) {
            return new Row(null, encoder.keyText(mapper), problem.get());
        }
        ItemEncoder.Result result = encoder.encode(mapper);
        if (!result.ok()) {
            return new Row(null, encoder.keyText(mapper), result.reason());
        }
        Item item = Item.fromJson(new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8));
        return new Row(item, binding.rowName(item), null);
    }
}
