package io.lsql.core.migrate;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.ConnectionErrors;
import io.lsql.core.design.DesignAdvisor;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ColumnTypes;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.core.schema.Table;

import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds out what a source's columns are: from the schema for tables and views, from result metadata for queries. */
public final class SourceDescriber {

    private SourceDescriber() {
    }

    public static SourceDescription describe(Connection connection, String database, MigrationSource source) {
        if (source.kind() == MigrationSource.Kind.QUERY) {
            return new SourceDescription(source, queryColumns(connection, source), null, null);
        }
        Schema schema = new SchemaReader(connection).read(database);
        Table table = schema.table(source.name()).orElseThrow(() -> new LsqlException("No "
                + source.kind().name().toLowerCase(Locale.ROOT) + " '" + source.name() + "' in " + database + "."));
        if (source.kind() == MigrationSource.Kind.TABLE && table.isView()) {
            throw new LsqlException("'" + source.name() + "' is a view: use --view " + source.name() + ".");
        }
        MigrationSource exact = new MigrationSource(source.kind(), table.name());
        List<SourceColumn> columns = table.columns().stream().map(SourceColumn::of).toList();
        return new SourceDescription(exact, columns, table,
                new DesignAdvisor(io.lsql.core.schema.TableStatistics.NONE).design(schema, table));
    }

    private static List<SourceColumn> queryColumns(Connection connection, MigrationSource source) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(60);
            ResultSetMetaData meta = statement.executeQuery("SELECT * FROM " + source.from() + " LIMIT 0").getMetaData();
            List<SourceColumn> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i);
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new LsqlException("The query returns two columns named '" + name
                            + "'; give each column a unique alias (attribute names must be unique).");
                }
                columns.add(SourceColumn.of(column(meta, i, name)));
            }
            return columns;
        } catch (SQLException e) {
            throw new LsqlException("The query failed: " + ErrorText.of(e) + ".", e);
        }
    }

    private static Column column(ResultSetMetaData meta, int i, String name) throws SQLException {
        String typeName = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        boolean unsigned = typeName.contains("unsigned");
        String dataType = typeName.replace(" unsigned", "").trim();
        int precision = meta.getPrecision(i);
        int scale = meta.getScale(i);
        String columnType = switch (dataType) {
            case "decimal" -> "decimal(" + precision + "," + scale + ")";
            case "bit" -> "bit(" + Math.max(1, precision) + ")";
            case "tinyint" -> precision == 1 ? "tinyint(1)" : "tinyint";
            default -> dataType;
        } + (unsigned ? " unsigned" : "");
        Long maxBytes = ColumnTypes.maxBytes(dataType, columnType, (long) Math.max(precision, 0) * 4, precision);
        return new Column(name, i, dataType, columnType, (long) precision, maxBytes, precision, scale, null, unsigned,
                meta.isNullable(i) != ResultSetMetaData.columnNoNulls, null, null, false, null, List.of());
    }

    static LsqlException failed(String what, SQLException e) {
        return ConnectionErrors.statementFailed(what, e);
    }
}
