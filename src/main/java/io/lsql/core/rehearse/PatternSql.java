package io.lsql.core.rehearse;

import io.lsql.core.ErrorText;
import io.lsql.core.proposal.KeyCondition.Operator;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.Distinct;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pattern's SELECT read for rehearsal: its WHERE comparisons with placeholders (in the order the placeholders
 * appear), its LIMIT placeholders, and per table the same statement returning that table's whole rows
 * ({@code SELECT T.*}, or {@code SELECT DISTINCT T.*} without ORDER BY over a join).
 */
final class PatternSql {

    /** What a pattern's SQL reads, or why it can't be rehearsed. */
    record Parsed(List<WhereTerm> terms, List<String> tables, Map<String, String> rowsSql, long limit,
                  boolean limitPlaceholder, boolean join, boolean orderKept, String refusal) {

        static Parsed refused(String refusal) {
            return new Parsed(List.of(), List.of(), Map.of(), NO_LIMIT, false, false, false, refusal);
        }
    }

    static final long NO_LIMIT = -1;

    private PatternSql() {
    }

    /**
     * @param sql          the pattern's normalized SQL
     * @param tableColumns the columns of every table the rehearsal sampled, by table name
     */
    static Parsed parse(String sql, Map<String, List<String>> tableColumns) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sql);
        } catch (JSQLParserException | RuntimeException e) {
            return Parsed.refused("the SQL parser cannot read it: " + ErrorText.firstLine(ErrorText.of(e)));
        }
        if (!(statement instanceof PlainSelect select)) {
            return Parsed.refused("only a plain SELECT is rehearsed (no UNION, no write)");
        }
        if (select.getGroupBy() != null || select.getHaving() != null) {
            return Parsed.refused("GROUP BY is an aggregate DynamoDB does not serve");
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        List<Table> from = new ArrayList<>();
        List<WhereTerm> terms = new ArrayList<>();
        String refusal = fromTables(select, tableColumns, aliases, from);
        refusal = refusal != null ? refusal : collect(select.getWhere(), new Resolver(aliases, tableColumns), terms);
        refusal = refusal != null ? refusal : limitRefusal(select, from.size() > 1);
        return refusal != null ? Parsed.refused(refusal) : rowsOf(select, from, terms, tableColumns);
    }

    private static String limitRefusal(PlainSelect select, boolean join) {
        if (join && select.getLimit() != null) {
            return "a LIMIT over a join returns rows no per-table comparison can match";
        }
        if (select.getOffset() != null || select.getLimit() != null && select.getLimit().getOffset() != null) {
            return "a LIMIT with an offset pages through rows DynamoDB pages by key";
        }
        return null;
    }

    /** Per table the statement returning its whole rows, once every placeholder is known to have a value. */
    private static Parsed rowsOf(PlainSelect select, List<Table> from, List<WhereTerm> terms,
                                 Map<String, List<String>> tableColumns) {
        int limitPlaceholders = select.getLimit() == null ? 0 : Placeholders.count(select.getLimit().toString());
        long limit = select.getLimit() == null || select.getLimit().getRowCount() == null ? NO_LIMIT
                : limitPlaceholders == 1 ? ValueChooser.BOUND_LIMIT
                : select.getLimit().getRowCount() instanceof LongValue value ? value.getValue() : NO_LIMIT;
        boolean join = from.size() > 1;
        boolean orderKept = orderWithoutAliases(select);
        if (!orderKept && limit != NO_LIMIT) {
            return Parsed.refused("its LIMIT keeps the first rows of an order on constants the rehearsal can't know");
        }
        Map<String, String> rowsSql = new LinkedHashMap<>();
        for (Table table : from) {
            rowsSql.put(canonical(table.getName(), tableColumns), rowsOf(select, table, join));
        }
        int expected = terms.stream().mapToInt(WhereTerm::placeholders).sum() + limitPlaceholders;
        if (Placeholders.count(rowsSql.values().iterator().next()) != expected) {
            return Parsed.refused("a placeholder stands outside the WHERE comparisons and the LIMIT, where no value can be chosen");
        }
        return new Parsed(terms, List.copyOf(rowsSql.keySet()), rowsSql, limit, limitPlaceholders == 1, join, orderKept, null);
    }

    private static String fromTables(PlainSelect select, Map<String, List<String>> tableColumns, Map<String, String> aliases,
                                     List<Table> from) {
        List<Object> items = new ArrayList<>();
        items.add(select.getFromItem());
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                items.add(join.getRightItem());
            }
        }
        for (Object item : items) {
            if (!(item instanceof Table table)) {
                return "it reads a subquery, which is not rehearsed";
            }
            String name = canonical(table.getName(), tableColumns);
            if (name == null) {
                return "it reads " + unquote(table.getName()) + ", which the candidate does not migrate";
            }
            aliases.put(name.toLowerCase(Locale.ROOT), name);
            if (table.getAlias() != null) {
                aliases.put(unquote(table.getAlias().getName()).toLowerCase(Locale.ROOT), name);
            }
            from.add(table);
        }
        return null;
    }

    /** Walks the AND-ed conjuncts left to right, so the terms come in the order of their placeholders. */
    private static String collect(Expression condition, Resolver resolver, List<WhereTerm> terms) {
        if (condition == null) {
            return null;
        }
        if (condition instanceof AndExpression and) {
            String left = collect(and.getLeftExpression(), resolver, terms);
            return left != null ? left : collect(and.getRightExpression(), resolver, terms);
        }
        if (condition instanceof Parenthesis parenthesis) {
            return collect(parenthesis.getExpression(), resolver, terms);
        }
        if (condition instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            return collect(list.get(0), resolver, terms);
        }
        Optional<WhereTerm> term = term(condition, resolver);
        if (term.isPresent()) {
            terms.add(term.get());
            return null;
        }
        return Placeholders.count(condition.toString()) == 0 ? null
                : "the condition " + condition + " takes a value in a form the rehearsal can't choose";
    }

    private static Optional<WhereTerm> term(Expression condition, Resolver resolver) {
        if (condition instanceof Between between && !between.isNot() && between.getLeftExpression() instanceof Column c
                && between.getBetweenExpressionStart() instanceof JdbcParameter
                && between.getBetweenExpressionEnd() instanceof JdbcParameter) {
            return resolver.resolve(c).map(name -> new WhereTerm(name, Operator.BETWEEN, 2));
        }
        if (condition instanceof LikeExpression like && !like.isNot() && like.getLeftExpression() instanceof Column c
                && like.getRightExpression() instanceof JdbcParameter) {
            return resolver.resolve(c).map(name -> new WhereTerm(name, Operator.BEGINS_WITH, 1));
        }
        if (condition instanceof InExpression in && !in.isNot() && in.getLeftExpression() instanceof Column c
                && in.getRightExpression() instanceof ExpressionList<?> list && list.size() == 1
                && list.get(0) instanceof JdbcParameter) {
            return resolver.resolve(c).map(name -> new WhereTerm(name, Operator.EQ, 1));
        }
        if (condition instanceof ComparisonOperator comparison && operator(comparison) != null) {
            Expression left = comparison.getLeftExpression();
            Expression right = comparison.getRightExpression();
            if (left instanceof Column c && right instanceof JdbcParameter) {
                return resolver.resolve(c).map(name -> new WhereTerm(name, operator(comparison), 1));
            }
            if (right instanceof Column c && left instanceof JdbcParameter) {
                return resolver.resolve(c).map(name -> new WhereTerm(name, flipped(operator(comparison)), 1));
            }
        }
        return Optional.empty();
    }

    private static Operator operator(ComparisonOperator comparison) {
        if (comparison instanceof EqualsTo) {
            return Operator.EQ;
        } else if (comparison instanceof GreaterThan) {
            return Operator.GT;
        } else if (comparison instanceof GreaterThanEquals) {
            return Operator.GE;
        } else if (comparison instanceof MinorThan) {
            return Operator.LT;
        } else if (comparison instanceof MinorThanEquals) {
            return Operator.LE;
        }
        return null;
    }

    private static Operator flipped(Operator operator) {
        return switch (operator) {
            case GT -> Operator.LT;
            case GE -> Operator.LE;
            case LT -> Operator.GT;
            case LE -> Operator.GE;
            default -> operator;
        };
    }

    /**
     * ORDER BY a select-list alias orders by the aliased expression, which stays when the select list becomes T.*; an
     * expression with placeholders (constants the normalizer removed) is left out of the order.
     *
     * @return false when a term was left out, so the rows' order says nothing
     */
    private static boolean orderWithoutAliases(PlainSelect select) {
        if (select.getOrderByElements() == null) {
            return true;
        }
        List<OrderByElement> kept = new ArrayList<>();
        for (OrderByElement element : select.getOrderByElements()) {
            if (element.getExpression() instanceof Column column && column.getTable() == null) {
                select.getSelectItems().stream()
                        .filter(item -> item.getAlias() != null && unquote(item.getAlias().getName()).equalsIgnoreCase(
                                unquote(column.getColumnName())))
                        .findFirst().ifPresent(item -> element.setExpression(item.getExpression()));
            }
            if (Placeholders.count(element.getExpression().toString()) == 0) {
                kept.add(element);
            }
        }
        boolean all = kept.size() == select.getOrderByElements().size();
        select.setOrderByElements(kept.isEmpty() ? null : kept);
        return all;
    }

    /** The statement returning {@code table}'s whole rows: same FROM, WHERE, ORDER BY and LIMIT. */
    private static String rowsOf(PlainSelect select, Table table, boolean join) {
        Table reference = new Table(table.getAlias() != null ? table.getAlias().getName() : table.getName());
        List<SelectItem<?>> items = new ArrayList<>();
        items.add(new SelectItem<>(new AllTableColumns(reference)));
        Distinct distinct = select.getDistinct();
        List<OrderByElement> order = select.getOrderByElements();
        try {
            select.setSelectItems(items);
            if (join) {
                select.setDistinct(new Distinct());
                select.setOrderByElements(null);
            }
            return select.toString();
        } finally {
            select.setDistinct(distinct);
            select.setOrderByElements(order);
        }
    }

    static String canonical(String name, Map<String, List<String>> tableColumns) {
        String plain = unquote(name);
        return tableColumns.keySet().stream().filter(t -> t.equalsIgnoreCase(plain)).findFirst().orElse(null);
    }

    static String unquote(String identifier) {
        if (identifier.length() >= 2 && (identifier.startsWith("`") && identifier.endsWith("`")
                || identifier.startsWith("\"") && identifier.endsWith("\""))) {
            return identifier.substring(1, identifier.length() - 1);
        }
        return identifier;
    }

    /** Resolves a column to {@code Table.column} through the statement's aliases and the sampled tables' columns. */
    private record Resolver(Map<String, String> aliases, Map<String, List<String>> tableColumns) {

        Optional<String> resolve(Column column) {
            String name = unquote(column.getColumnName());
            if (column.getTable() != null && column.getTable().getName() != null) {
                String table = aliases.get(unquote(column.getTable().getName()).toLowerCase(Locale.ROOT));
                return table == null ? Optional.empty() : columnOf(table, name);
            }
            return aliases.values().stream().distinct().map(t -> columnOf(t, name)).flatMap(Optional::stream).findFirst();
        }

        private Optional<String> columnOf(String table, String name) {
            return tableColumns.get(table).stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().map(c -> table + "." + c);
        }
    }
}
