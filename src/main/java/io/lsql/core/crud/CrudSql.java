package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the prepared statements of the MySQL side, each with its bound values in order. */
final class CrudSql {

    private final CrudBinding binding;
    private final String from;

    CrudSql(CrudBinding binding) {
        this.binding = binding;
        this.from = binding.source().from();
    }

    /** A page: keyset on the primary key after {@code cursor.after()}, or OFFSET without a primary key. */
    SqlStatement page(SqlCursor cursor, int size) {
        List<String> key = binding.primaryKey();
        List<String> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select());
        if (key.isEmpty()) {
            sql.append(" LIMIT ").append(size).append(" OFFSET ").append(cursor.offset());
            return new SqlStatement(sql.toString(), parameters);
        }
        if (cursor.after() != null) {
            sql.append(" WHERE (").append(quoted(key)).append(") > (").append(marks(key.size())).append(')');
            key.forEach(column -> parameters.add(cursor.after().get(column)));
        }
        sql.append(orderBy()).append(" LIMIT ").append(size);
        return new SqlStatement(sql.toString(), parameters);
    }

    /** The rows whose given columns equal the given values. */
    SqlStatement get(RowValues key) {
        return query(equalities(key), 0);
    }

    SqlStatement query(List<ColumnPredicate> where, int limit) {
        List<String> parameters = new ArrayList<>();
        String sql = select() + where(where, parameters) + orderBy() + (limit > 0 ? " LIMIT " + limit : "");
        return new SqlStatement(sql, parameters);
    }

    /** The key columns of the rows matching {@code where}. */
    SqlStatement keys(List<ColumnPredicate> where) {
        List<String> parameters = new ArrayList<>();
        String sql = "SELECT " + quoted(binding.rowKeyColumns()) + " FROM " + from + where(where, parameters) + orderBy();
        return new SqlStatement(sql, parameters);
    }

    SqlStatement insert(RowValues row) {
        List<String> columns = known(row);
        String values = columns.stream().map(this::placeholder).collect(Collectors.joining(", "));
        return new SqlStatement("INSERT INTO " + from + " (" + quoted(columns) + ") VALUES (" + values + ")",
                columns.stream().map(row::get).toList());
    }

    SqlStatement update(RowValues key, RowValues changes) {
        List<String> columns = known(changes);
        if (columns.isEmpty()) {
            throw new LsqlException("Nothing to update: give at least one column to change.");
        }
        List<String> parameters = new ArrayList<>(columns.stream().map(changes::get).toList());
        String set = columns.stream().map(c -> MigrationSource.quote(c) + " = " + placeholder(c)).collect(Collectors.joining(", "));
        return new SqlStatement("UPDATE " + from + " SET " + set + where(equalities(key), parameters), parameters);
    }

    SqlStatement delete(RowValues key) {
        List<String> parameters = new ArrayList<>();
        return new SqlStatement("DELETE FROM " + from + where(equalities(key), parameters), parameters);
    }

    private String select() {
        return "SELECT " + SourceQuery.columns(binding.layout()) + " FROM " + from;
    }

    private String orderBy() {
        List<String> key = binding.primaryKey();
        return key.isEmpty() ? "" : " ORDER BY " + quoted(key);
    }

    private String where(List<ColumnPredicate> where, List<String> parameters) {
        if (where.isEmpty()) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (ColumnPredicate p : where) {
            String name = column(p.column());
            String column = MigrationSource.quote(name);
            String mark = placeholder(name);
            parameters.add(p.op() == Comparison.BEGINS_WITH ? likePrefix(p.value()) : p.value());
            switch (p.op()) {
                case BETWEEN -> {
                    terms.add(column + " BETWEEN " + mark + " AND " + mark);
                    parameters.add(p.value2());
                }
                case BEGINS_WITH -> terms.add(column + " LIKE ?");
                default -> terms.add(column + " " + p.op().symbol() + " " + mark);
            }
        }
        return " WHERE " + String.join(" AND ", terms);
    }

    private List<ColumnPredicate> equalities(RowValues key) {
        if (key.values().isEmpty()) {
            throw new LsqlException("Give the key: " + String.join(", ", binding.rowKeyColumns()) + ".");
        }
        List<ColumnPredicate> terms = new ArrayList<>();
        for (Map.Entry<String, String> e : key.values().entrySet()) {
            if (e.getValue() == null) {
                throw new LsqlException("The key column " + e.getKey() + " needs a value.");
            }
            terms.add(ColumnPredicate.eq(e.getKey(), e.getValue()));
        }
        return terms;
    }

    private List<String> known(RowValues row) {
        return row.values().keySet().stream().map(this::column).toList();
    }

    /** The column's name as the table spells it; refused in one sentence when the source has no such column. */
    String column(String name) {
        return binding.columns().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                new LsqlException("The " + binding.source().describe() + " has no column " + name + "; it has: "
                        + String.join(", ", binding.columns()) + "."));
    }

    /** The value expression of a column: binary values travel as base64 text, BIT(1) as 0 or 1. */
    private String placeholder(String column) {
        ValueKind kind = binding.layout().columns().get(binding.columns().indexOf(column)).kind();
        return switch (kind) {
            case BINARY -> "FROM_BASE64(?)";
            case BOOL_BIT -> "CAST(? AS UNSIGNED)";
            default -> "?";
        };
    }

    private static String likePrefix(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(MigrationSource::quote).collect(Collectors.joining(", "));
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
