package io.lsql.core.rehearse;

import io.lsql.core.proposal.KeyCondition.Operator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a value for every placeholder of a pattern from the sampled rows, deterministically: the equality columns of
 * a table take their most frequent combination among its rows (ties: the smallest), and a range, prefix or
 * non-equality filter takes the median of the column's distinct values among the rows that combination selects
 * (BETWEEN, or a lower and an upper bound on one column: the first and third quartiles; a prefix: the first half of the
 * median).
 */
final class ValueChooser {

    /** The rows a LIMIT placeholder asks for. */
    static final long BOUND_LIMIT = 3;

    private final Connection connection;

    ValueChooser(Connection connection) {
        this.connection = connection;
    }

    /** @return the terms with their values, or empty when some table's sample has no row to take them from */
    Optional<List<BoundTerm>> choose(List<WhereTerm> terms) throws SQLException {
        Map<String, Map<String, String>> anchors = new LinkedHashMap<>();
        for (WhereTerm term : terms) {
            if (!anchors.containsKey(term.table())) {
                Optional<Map<String, String>> anchor = anchor(term.table(), terms);
                if (anchor.isEmpty()) {
                    return Optional.empty();
                }
                anchors.put(term.table(), anchor.get());
            }
        }
        List<BoundTerm> bound = new ArrayList<>();
        for (WhereTerm term : terms) {
            Map<String, String> anchor = anchors.get(term.table());
            if (term.operator() == Operator.EQ) {
                bound.add(new BoundTerm(term, List.of(anchor.get(term.columnName()))));
                continue;
            }
            Optional<BoundTerm> ranged = ranged(term, anchor, bounds(term, terms));
            if (ranged.isEmpty()) {
                return Optional.empty();
            }
            bound.add(ranged.get());
        }
        return Optional.of(bound);
    }

    /** The most frequent combination of the table's equality columns (empty map when it has none). */
    private Optional<Map<String, String>> anchor(String table, List<WhereTerm> terms) throws SQLException {
        List<String> columns = terms.stream().filter(t -> t.table().equals(table) && t.operator() == Operator.EQ)
                .map(WhereTerm::columnName).distinct().toList();
        if (columns.isEmpty()) {
            return Optional.of(Map.of());
        }
        String list = String.join(", ", columns.stream().map(ValueChooser::quote).toList());
        String sql = "SELECT " + list + " FROM " + quote(table) + " WHERE "
                + String.join(" AND ", columns.stream().map(c -> quote(c) + " IS NOT NULL").toList())
                + " GROUP BY " + list + " ORDER BY COUNT(*) DESC, " + list + " LIMIT 1";
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), rs.getString(i + 1));
            }
            return Optional.of(values);
        }
    }

    /** How a range term is bounded: alone, or as the lower or upper end of a pair on the same column. */
    private enum Bound { ALONE, LOWER, UPPER }

    private static Bound bounds(WhereTerm term, List<WhereTerm> terms) {
        boolean lower = term.operator() == Operator.GT || term.operator() == Operator.GE;
        boolean upper = term.operator() == Operator.LT || term.operator() == Operator.LE;
        boolean paired = terms.stream().anyMatch(t -> t != term && t.column().equals(term.column())
                && (lower ? t.operator() == Operator.LT || t.operator() == Operator.LE
                : upper && (t.operator() == Operator.GT || t.operator() == Operator.GE)));
        return !paired ? Bound.ALONE : lower ? Bound.LOWER : Bound.UPPER;
    }

    private Optional<BoundTerm> ranged(WhereTerm term, Map<String, String> anchor, Bound bound) throws SQLException {
        long distinct = distinctCount(term, anchor);
        if (distinct == 0) {
            return Optional.empty();
        }
        if (bound != Bound.ALONE) {
            long n = bound == Bound.LOWER ? distinct / 4 : Math.min(distinct - 1, 3 * distinct / 4);
            return Optional.of(new BoundTerm(term, List.of(nth(term, anchor, n))));
        }
        return switch (term.operator()) {
            case BETWEEN -> Optional.of(new BoundTerm(term, List.of(nth(term, anchor, distinct / 4),
                    nth(term, anchor, Math.min(distinct - 1, 3 * distinct / 4)))));
            case BEGINS_WITH -> {
                String median = nth(term, anchor, (distinct - 1) / 2);
                int half = Math.max(1, median.codePointCount(0, median.length()) / 2);
                yield Optional.of(new BoundTerm(term, List.of(median.substring(0, median.offsetByCodePoints(0, half)))));
            }
            default -> Optional.of(new BoundTerm(term, List.of(nth(term, anchor, (distinct - 1) / 2))));
        };
    }

    private long distinctCount(WhereTerm term, Map<String, String> anchor) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(DISTINCT " + quote(term.columnName()) + ") FROM "
                + quote(term.table()) + where(anchor))) {
            bind(s, anchor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The {@code n}th (0-based) distinct non-NULL value of the term's column among the anchor's rows, in order. */
    private String nth(WhereTerm term, Map<String, String> anchor, long n) throws SQLException {
        String column = quote(term.columnName());
        String sql = "SELECT DISTINCT " + column + " FROM " + quote(term.table()) + where(anchor)
                + (anchor.isEmpty() ? " WHERE " : " AND ") + column + " IS NOT NULL ORDER BY " + column + " LIMIT 1 OFFSET " + n;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, anchor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String where(Map<String, String> anchor) {
        return anchor.isEmpty() ? "" : " WHERE " + String.join(" AND ", anchor.keySet().stream().map(c -> quote(c) + " = ?").toList());
    }

    private static void bind(PreparedStatement s, Map<String, String> anchor) throws SQLException {
        int i = 1;
        for (String value : anchor.values()) {
            s.setString(i++, value);
        }
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
