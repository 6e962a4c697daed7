package io.lsql.core.schema;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.ConnectionErrors;
import io.lsql.core.schema.Schema.ServerFlavor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a database's tables, views, columns, keys, indexes and foreign keys from information_schema
 * with one query per kind of object (not per table), so a schema of hundreds of tables reads fast.
 */
public final class SchemaReader {

    private final Connection connection;

    public SchemaReader(Connection connection) {
        this.connection = connection;
    }

    public List<String> listSchemas() {
        List<String> names = new ArrayList<>();
        String sql = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
                + "('information_schema','mysql','performance_schema','sys') ORDER BY SCHEMA_NAME";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw ConnectionErrors.statementFailed("Listing databases", e);
        }
        return names;
    }

    /** Reads every table and view of {@code schemaName}. */
    public Schema read(String schemaName) {
        return read(schemaName, name -> true);
    }

    public Schema read(String schemaName, Predicate<String> tableFilter) {
        try {
            String version = connection.getMetaData().getDatabaseProductVersion();
            ServerFlavor flavor = version.toLowerCase(Locale.ROOT).contains("mariadb") ? ServerFlavor.MARIADB : ServerFlavor.MYSQL;
            Map<String, TableRow> tableRows = readTables(schemaName, tableFilter);
            if (tableRows.isEmpty() && !schemaExists(schemaName)) {
                throw new LsqlException("The server has no database '" + schemaName + "'.");
            }
            Set<String> jsonColumns = flavor == ServerFlavor.MARIADB ? readMariaDbJsonColumns(schemaName) : Set.of();
            Map<String, List<Column>> columns = readColumns(schemaName, flavor, jsonColumns);
            Map<String, List<String>> primaryKeys = new HashMap<>();
            Map<String, List<Index>> indexes = readIndexes(schemaName, primaryKeys);
            Map<String, List<ForeignKey>> foreignKeys = readForeignKeys(schemaName);
            Map<String, ViewInfo> views = readViews(schemaName);
            List<Table> tables = new ArrayList<>();
            for (TableRow row : tableRows.values()) {
                tables.add(new Table(schemaName, row.name, row.kind, row.engine, row.comment,
                        columns.getOrDefault(row.name, List.of()), primaryKeys.getOrDefault(row.name, List.of()),
                        indexes.getOrDefault(row.name, List.of()), foreignKeys.getOrDefault(row.name, List.of()),
                        row.rows, row.avgRowLength, row.dataLength, views.get(row.name)));
            }
            return new Schema(schemaName, version, flavor, tables);
        } catch (SQLException e) {
            throw ConnectionErrors.statementFailed("Reading the schema of " + schemaName, e);
        }
    }

    private record TableRow(String name, TableKind kind, String engine, String comment, long rows, long avgRowLength, long dataLength) {
    }

    private boolean schemaExists(String schemaName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, schemaName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Map<String, TableRow> readTables(String schema, Predicate<String> filter) throws SQLException {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        String sql = "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COMMENT, TABLE_ROWS, AVG_ROW_LENGTH, DATA_LENGTH "
                + "FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (!filter.test(name)) {
                        continue;
                    }
                    boolean view = "VIEW".equalsIgnoreCase(rs.getString(2));
                    rows.put(name, new TableRow(name, view ? TableKind.VIEW : TableKind.TABLE, rs.getString(3),
                            view ? "" : nullToEmpty(rs.getString(4)), longOr(rs, 5, -1), longOr(rs, 6, -1), longOr(rs, 7, -1)));
                }
            }
        }
        return rows;
    }

    /** MariaDB stores JSON as LONGTEXT with a JSON_VALID check named after the column. */
    private Set<String> readMariaDbJsonColumns(String schema) throws SQLException {
        Set<String> json = new HashSet<>();
        String sql = "SELECT TABLE_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String clause = rs.getString(2).trim();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^json_valid\\(`([^`]+)`\\)$").matcher(clause);
                    if (m.matches()) {
                        json.add(rs.getString(1) + "." + m.group(1));
                    }
                }
            }
        }
        return json;
    }

    private Map<String, List<Column>> readColumns(String schema, ServerFlavor flavor, Set<String> jsonColumns) throws SQLException {
        Map<String, List<Column>> columns = new HashMap<>();
        String sql = "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, "
                + "CHARACTER_OCTET_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, "
                + "EXTRA, CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                + "ORDER BY TABLE_NAME, ORDINAL_POSITION";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = rs.getString(2);
                    String columnType = rs.getString(5);
                    String dataType = rs.getString(4).toLowerCase(Locale.ROOT);
                    if (jsonColumns.contains(table + "." + name)) {
                        dataType = "json";
                    }
                    String extra = nullToEmpty(rs.getString(13)).toUpperCase(Locale.ROOT);
                    String generation = extra.contains("GENERATED") ? (extra.contains("VIRTUAL") ? "VIRTUAL" : "STORED") : null;
                    Long octets = longOrNull(rs, 7);
                    Integer precision = intOrNull(rs, 8);
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(new Column(name, rs.getInt(3), dataType,
                            columnType, longOrNull(rs, 6), ColumnTypes.maxBytes(dataType, columnType, octets, precision),
                            precision, intOrNull(rs, 9), intOrNull(rs, 10),
                            columnType.toLowerCase(Locale.ROOT).contains("unsigned"), "YES".equals(rs.getString(11)),
                            normaliseDefault(rs.getString(12), flavor), generation, extra.contains("AUTO_INCREMENT"),
                            rs.getString(14), ColumnTypes.enumValues(columnType)));
                }
            }
        }
        return columns;
    }

    /** MariaDB quotes string defaults and reports NULL as the text 'NULL'; MySQL gives raw values. */
    static String normaliseDefault(String raw, ServerFlavor flavor) {
        if (raw == null || flavor == ServerFlavor.MYSQL) {
            return raw;
        }
        if ("NULL".equals(raw)) {
            return null;
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'").replace("\\\\", "\\");
        }
        return raw;
    }

    private Map<String, List<Index>> readIndexes(String schema, Map<String, List<String>> primaryKeys) throws SQLException {
        record Part(String table, String index, boolean unique, String type, IndexColumn column) {
        }
        Map<String, Map<String, List<Part>>> byTable = new LinkedHashMap<>();
        boolean hasExpression = hasColumn("STATISTICS", "EXPRESSION");
        String sql = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, CARDINALITY, "
                + "INDEX_TYPE, COLLATION" + (hasExpression ? ", EXPRESSION" : ", NULL")
                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Part part = new Part(rs.getString(1), rs.getString(2), rs.getInt(3) == 0, rs.getString(8),
                            new IndexColumn(rs.getString(5), rs.getString(10), intOrNull(rs, 6), "D".equals(rs.getString(9)),
                                    longOr(rs, 7, -1)));
                    byTable.computeIfAbsent(part.table, k -> new LinkedHashMap<>())
                            .computeIfAbsent(part.index, k -> new ArrayList<>()).add(part);
                }
            }
        }
        Map<String, List<Index>> result = new HashMap<>();
        byTable.forEach((table, indexes) -> indexes.forEach((name, parts) -> {
            if ("PRIMARY".equals(name)) {
                primaryKeys.put(table, parts.stream().map(p -> p.column.column()).toList());
                return;
            }
            Index.IndexKind kind = switch (parts.get(0).type.toUpperCase(Locale.ROOT)) {
                case "FULLTEXT" -> Index.IndexKind.FULLTEXT;
                case "SPATIAL" -> Index.IndexKind.SPATIAL;
                case "HASH" -> Index.IndexKind.HASH;
                default -> Index.IndexKind.BTREE;
            };
            result.computeIfAbsent(table, k -> new ArrayList<>())
                    .add(new Index(name, parts.get(0).unique, kind, parts.stream().map(p -> p.column).toList()));
        }));
        return result;
    }

    private Map<String, List<ForeignKey>> readForeignKeys(String schema) throws SQLException {
        record Part(String table, String name, String column, String refSchema, String refTable, String refColumn,
                    String onUpdate, String onDelete) {
        }
        Map<String, List<Part>> byConstraint = new LinkedHashMap<>();
        String sql = "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, "
                + "k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k "
                + "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
                + "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
                + "WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                + "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Part part = new Part(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8));
                    byConstraint.computeIfAbsent(part.table + "\0" + part.name, k -> new ArrayList<>()).add(part);
                }
            }
        }
        Map<String, List<ForeignKey>> result = new HashMap<>();
        for (List<Part> parts : byConstraint.values()) {
            Part first = parts.get(0);
            result.computeIfAbsent(first.table, k -> new ArrayList<>()).add(new ForeignKey(first.name, first.table,
                    parts.stream().map(Part::column).toList(), first.refSchema, first.refTable,
                    parts.stream().map(Part::refColumn).toList(), first.onUpdate, first.onDelete));
        }
        return result;
    }

    private Map<String, ViewInfo> readViews(String schema) throws SQLException {
        Map<String, ViewInfo> views = new HashMap<>();
        String sql = "SELECT TABLE_NAME, VIEW_DEFINITION, IS_UPDATABLE FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String definition = nullToEmpty(rs.getString(2));
                    views.put(rs.getString(1), ViewDefinitions.parse(schema, definition, "YES".equals(rs.getString(3))));
                }
            }
        }
        return views;
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static long longOr(ResultSet rs, int index, long fallback) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? fallback : value;
    }

    private static Long longOrNull(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }
}
