package io.lsql.ui.patterns;

import io.lsql.core.patterns.JoinPair;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.PatternShape;
import io.lsql.core.patterns.RangeCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A pattern's shape in one line, as the list shows it: {@code SELECT Orders · = cust_id · range order_date >= · order
 * order_date DESC · limit ?}. Columns lose their table name when the statement reads one table.
 */
final class ShapeSummary {

    private ShapeSummary() {
    }

    static String of(PatternShape shape) {
        if (!shape.parsed()) {
            return "";
        }
        Function<String, String> column = shape.tables().size() == 1 ? ShapeSummary::bare : Function.identity();
        List<String> parts = new ArrayList<>();
        parts.add(shape.kind().name() + " " + String.join(" + ", shape.tables()));
        if (!shape.equalityColumns().isEmpty()) {
            parts.add("= " + String.join(", ", shape.equalityColumns().stream().map(column).toList()));
        }
        if (shape.range() != null) {
            parts.add("range " + column.apply(shape.range().column()) + " " + operator(shape.range().operator()));
        }
        if (!shape.joins().isEmpty()) {
            parts.add(shape.joins().size() + " join" + (shape.joins().size() == 1 ? "" : "s")
                    + (shape.joins().stream().allMatch(JoinPair::foreignKey) ? " on foreign keys" : ""));
        }
        if (!shape.otherPredicates().isEmpty()) {
            parts.add(shape.otherPredicates().size() + " other condition" + (shape.otherPredicates().size() == 1 ? "" : "s"));
        }
        if (!shape.orderBy().isEmpty()) {
            parts.add("order " + String.join(", ", shape.orderBy().stream()
                    .map(o -> column.apply(o.column()) + (o.direction() == OrderTerm.Direction.DESC ? " DESC" : "")).toList()));
        }
        if (shape.limit() != PatternShape.NO_LIMIT) {
            parts.add("limit " + (shape.limit() == PatternShape.PLACEHOLDER_LIMIT ? "?" : Long.toString(shape.limit())));
        }
        if (!shape.aggregates().isEmpty()) {
            parts.add(String.join(", ", shape.aggregates()));
        }
        return String.join(" · ", parts);
    }

    private static String bare(String column) {
        int dot = column.indexOf('.');
        return dot < 0 ? column : column.substring(dot + 1);
    }

    private static String operator(RangeCondition.Operator operator) {
        return switch (operator) {
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case BETWEEN, BEGINS_WITH -> operator.name().toLowerCase(Locale.ROOT);
        };
    }
}
