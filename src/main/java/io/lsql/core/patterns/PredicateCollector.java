package io.lsql.core.patterns;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.schema.Column;

import java.util.ArrayList;
import java.util.List;

/** Sorts the conjuncts of WHERE and ON clauses into equality, one range, joins and other predicates. */
final class PredicateCollector {

    private final ColumnResolver resolver;
    private final List<String> equality = new ArrayList<>();
    private final List<String> others = new ArrayList<>();
    private final List<JoinPair> joins = new ArrayList<>();
    private RangeCondition range;

    PredicateCollector(ColumnResolver resolver) {
        this.resolver = resolver;
    }

    void add(Expression condition) {
        if (condition == null) {
            return;
        }
        if (condition instanceof AndExpression and) {
            add(and.getLeftExpression());
            add(and.getRightExpression());
        } else if (condition instanceof Parenthesis parenthesis) {
            add(parenthesis.getExpression());
        } else if (!equalityOrJoin(condition) && !rangeOf(condition)) {
            others.add(condition.toString());
        }
    }

    List<String> equality() {
        return List.copyOf(equality);
    }

    RangeCondition range() {
        return range;
    }

    List<String> others() {
        return List.copyOf(others);
    }

    List<JoinPair> joins() {
        return List.copyOf(joins);
    }

    private boolean equalityOrJoin(Expression condition) {
        if (condition instanceof InExpression in && !in.isNot() && in.getLeftExpression() instanceof Column column) {
            return addEquality(resolver.resolve(column));
        }
        if (!(condition instanceof EqualsTo equals)) {
            return false;
        }
        Expression left = equals.getLeftExpression();
        Expression right = equals.getRightExpression();
        if (left instanceof Column l && right instanceof Column r) {
            String a = resolver.resolve(l);
            String b = resolver.resolve(r);
            joins.add(new JoinPair(a, b, resolver.followsForeignKey(a, b)));
            return true;
        }
        if (left instanceof Column column && isValue(right)) {
            return addEquality(resolver.resolve(column));
        }
        if (right instanceof Column column && isValue(left)) {
            return addEquality(resolver.resolve(column));
        }
        return false;
    }

    private boolean addEquality(String column) {
        if (!equality.contains(column)) {
            equality.add(column);
        }
        return true;
    }

    private boolean rangeOf(Expression condition) {
        RangeCondition found = candidateRange(condition);
        if (found == null || range != null && !range.column().equals(found.column())) {
            return false;
        }
        range = range == null ? found : new RangeCondition(found.column(), RangeCondition.Operator.BETWEEN,
                strict(range.operator()) || strict(found.operator()));
        return true;
    }

    private static boolean strict(RangeCondition.Operator operator) {
        return operator == RangeCondition.Operator.GT || operator == RangeCondition.Operator.LT;
    }

    private RangeCondition candidateRange(Expression condition) {
        if (condition instanceof Between between && !between.isNot() && between.getLeftExpression() instanceof Column c) {
            return new RangeCondition(resolver.resolve(c), RangeCondition.Operator.BETWEEN);
        }
        if (condition instanceof LikeExpression like && !like.isNot() && like.getLeftExpression() instanceof Column c
                && like.getRightExpression() instanceof StringValue pattern && isPrefix(pattern.getValue())) {
            return new RangeCondition(resolver.resolve(c), RangeCondition.Operator.BEGINS_WITH);
        }
        if (condition instanceof BinaryExpression binary) {
            RangeCondition.Operator operator = operator(binary);
            if (operator != null && binary.getLeftExpression() instanceof Column c && isValue(binary.getRightExpression())) {
                return new RangeCondition(resolver.resolve(c), operator);
            }
        }
        return null;
    }

    private static RangeCondition.Operator operator(BinaryExpression binary) {
        if (binary instanceof GreaterThan) {
            return RangeCondition.Operator.GT;
        } else if (binary instanceof GreaterThanEquals) {
            return RangeCondition.Operator.GE;
        } else if (binary instanceof MinorThan) {
            return RangeCondition.Operator.LT;
        } else if (binary instanceof MinorThanEquals) {
            return RangeCondition.Operator.LE;
        }
        return null;
    }

    /** {@code 'abc%'}: a literal prefix followed by one trailing % and no other wildcard. */
    static boolean isPrefix(String pattern) {
        return pattern.length() > 1 && pattern.endsWith("%")
                && pattern.substring(0, pattern.length() - 1).chars().noneMatch(ch -> ch == '%' || ch == '_');
    }

    private static boolean isValue(Expression expression) {
        return !(expression instanceof Column) && expression.toString().chars().noneMatch(Character::isLetter)
                || expression instanceof StringValue
                || expression instanceof net.sf.jsqlparser.expression.JdbcParameter
                || expression instanceof net.sf.jsqlparser.expression.Function;
    }
}
