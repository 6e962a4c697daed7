package io.lsql.core.sql;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignAdvisor;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.Layouts;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceReader;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import io.lsql.core.schema.TableStatistics;
import io.lsql.core.schema.ViewInfo;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Preview as DynamoDB items": the first rows of a query mapped exactly as a migration would map
 * them, keyed the way the design advisor would key the query (from the tables it reads), with each
 * item's size and any reject.
 */
public final class ItemPreview {

    /** One previewed row: its DynamoDB JSON line, its size, or why it can't be an item. */
    public record Item(String json, long bytes, String reject) {
    }

    public record Preview(TableDesign design, String key, List<Item> items) {
    }

    private ItemPreview() {
    }

    public static Preview preview(JdbcSource source, String sql, int rows) {
        MigrationSource from = new MigrationSource(MigrationSource.Kind.QUERY, sql);
        try (Connection connection = source.openReadOnly()) {
            Schema schema = new SchemaReader(connection).read(source.database());
            SourceDescription described = SourceDescriber.describe(connection, source.database(), from);
            Table asView = new Table(schema.name(), "query", TableKind.VIEW, null, "", described.columns().stream()
                    .map(SourceColumn::column).toList(), List.of(), List.of(), List.of(), -1, -1, -1,
                    origins(connection, schema, described.source(), sql));
            TableDesign design = new DesignAdvisor(TableStatistics.NONE).design(schema, asView);
            SourceDescription withDesign = new SourceDescription(described.source(), described.columns(), null, design);
            MigrationPlan plan = new MigrationPlan("QUERY", sql, "preview", null, null, Map.of(), List.of(), false, null,
                    "batch", 1, 64, false, 0, false, null);
            ItemLayout layout = Layouts.layout(withDesign, plan);
            return new Preview(design, keyText(design), items(connection, described.source(), layout, rows));
        } catch (SQLException e) {
            throw new LsqlException("The preview query failed: " + e.getMessage(), e);
        }
    }

    /** Which table column each result column copies, from the driver's metadata of the query itself. */
    private static ViewInfo origins(Connection connection, Schema schema, MigrationSource from, String sql) throws SQLException {
        Map<String, ViewInfo.ColumnRef> origins = new LinkedHashMap<>();
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (ResultSet rs = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String table = meta.getTableName(i);
                    String column = meta.getColumnName(i);
                    Table t = schema.table(table).orElse(null);
                    if (t != null && t.column(column).isPresent()) {
                        tables.add(t.name());
                        origins.putIfAbsent(meta.getColumnLabel(i), new ViewInfo.ColumnRef(t.name(), column));
                    }
                }
            }
        }
        for (SqlToken token : SqlLexer.tokenize(sql)) {
            if (token.is(SqlToken.Kind.IDENTIFIER) || token.is(SqlToken.Kind.QUOTED_IDENTIFIER)) {
                schema.table(SqlCompletion.unquote(token.text())).ifPresent(t -> tables.add(t.name()));
            }
        }
        return new ViewInfo(sql, false, new ArrayList<>(tables), origins);
    }

    /** The first {@code rows} items of {@code from}, read through the export's own reader ({@link SourceReader}). */
    public static List<Item> items(Connection connection, MigrationSource from, ItemLayout layout, int rows) throws SQLException {
        List<Item> items = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00'");
        }
        try {
            new SourceReader(from, layout).read(connection, null, rows, row -> items.add(row.ok()
                    ? new Item(new String(row.bytes(), 0, row.length(), StandardCharsets.UTF_8).strip(), row.itemBytes(), null)
                    : new Item(null, row.itemBytes() == null ? 0 : row.itemBytes(), row.reason() + " (key " + row.key() + ")")));
        } catch (java.io.IOException e) {
            throw new LsqlException("The preview could not collect its items: " + e.getMessage(), e);
        }
        return items;
    }

    private static String keyText(TableDesign design) {
        return "HASH " + design.key().partitionKey().attribute() + " = " + design.key().partitionKey().template()
                + (design.key().sortKey() == null ? "" : ", RANGE " + design.key().sortKey().attribute() + " = "
                + design.key().sortKey().template()) + " (" + design.key().source().name().toLowerCase().replace('_', ' ') + ")";
    }
}
