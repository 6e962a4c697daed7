package io.lsql.core.patterns;

import io.lsql.core.schema.Schema;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.update.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses a normalized statement (MySQL dialect, {@code ?} placeholders) into its {@link PatternShape}. */
public final class PatternParser {

    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT",
            "JSON_ARRAYAGG", "JSON_OBJECTAGG", "STD", "STDDEV", "VARIANCE", "BIT_AND", "BIT_OR", "BIT_XOR");

    /** {@code CHAR(?)}: a length the normalizer turned into a placeholder; any length parses the same shape. */
    private static final Pattern TYPE_LENGTH = Pattern.compile(
            "(?i)\\b(char|character|varchar|nchar|binary|varbinary|decimal)\\s*\\(\\s*\\?\\s*(?:,\\s*\\?\\s*)?\\)");

    private final Schema schema;

    /** @param schema the live schema for resolving columns and foreign keys; {@code null} resolves by the SQL alone */
    public PatternParser(Schema schema) {
        this.schema = schema;
    }

    public PatternShape parse(String sql) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(TYPE_LENGTH.matcher(sql).replaceAll("$1(1)"));
        } catch (JSQLParserException | RuntimeException e) {
            return PatternShape.unparsed("The SQL parser cannot read this statement: " + firstLine(e) + ".");
        }
        ColumnResolver resolver = new ColumnResolver(schema);
        Parts parts = new Parts(resolver);
        StatementKind kind = collect(statement, parts);
        if (kind == StatementKind.OTHER) {
            return PatternShape.unparsed("Only SELECT, INSERT, UPDATE and DELETE statements are access patterns.");
        }
        PredicateCollector where = parts.predicates;
        return new PatternShape(kind, resolver.tables(), where.equality(), where.range(), where.others(), parts.orderBy,
                parts.limit, where.joins(), parts.aggregates, parts.groupBy, "");
    }

    private StatementKind collect(Statement statement, Parts parts) {
        if (statement instanceof Select select) {
            collectSelect(select, parts);
            return StatementKind.SELECT;
        } else if (statement instanceof Insert insert) {
            parts.resolver.addTable(insert.getTable());
            if (insert.getSelect() != null) {
                collectSelect(insert.getSelect(), parts);
            }
            return StatementKind.INSERT;
        } else if (statement instanceof Update update) {
            parts.resolver.addTable(update.getTable());
            joins(update.getJoins(), parts);
            parts.predicates.add(update.getWhere());
            return StatementKind.UPDATE;
        } else if (statement instanceof Delete delete) {
            parts.resolver.addTable(delete.getTable());
            joins(delete.getJoins(), parts);
            parts.predicates.add(delete.getWhere());
            return StatementKind.DELETE;
        }
        return StatementKind.OTHER;
    }

    private void collectSelect(Select select, Parts parts) {
        if (select instanceof PlainSelect plain) {
            from(plain.getFromItem(), parts);
            joins(plain.getJoins(), parts);
            parts.predicates.add(plain.getWhere());
            selectItems(plain.getSelectItems(), parts);
            if (plain.getGroupBy() != null) {
                for (Object expression : plain.getGroupBy().getGroupByExpressionList()) {
                    parts.groupBy.add(term((Expression) expression, parts.resolver));
                }
            }
        } else if (select instanceof SetOperationList union) {
            for (Select branch : union.getSelects()) {
                collectSelect(branch, parts);
            }
        } else if (select instanceof ParenthesedSelect parenthesed) {
            collectSelect(parenthesed.getSelect(), parts);
        }
        orderAndLimit(select, parts);
    }

    private void from(FromItem item, Parts parts) {
        if (item instanceof Table table) {
            parts.resolver.addTable(table);
        } else if (item instanceof ParenthesedSelect sub) {
            collectSelect(sub.getSelect(), parts);
        }
    }

    private void joins(List<Join> joins, Parts parts) {
        if (joins == null) {
            return;
        }
        for (Join join : joins) {
            from(join.getRightItem(), parts);
        }
        for (Join join : joins) {
            join.getOnExpressions().forEach(parts.predicates::add);
        }
    }

    private void selectItems(List<SelectItem<?>> items, Parts parts) {
        for (SelectItem<?> item : items) {
            if (item.getExpression() instanceof Function function
                    && AGGREGATES.contains(function.getName().toUpperCase(Locale.ROOT))) {
                parts.aggregates.add(function.toString());
            }
        }
    }

    private void orderAndLimit(Select select, Parts parts) {
        if (select.getOrderByElements() != null) {
            for (OrderByElement element : select.getOrderByElements()) {
                parts.orderBy.add(new OrderTerm(term(element.getExpression(), parts.resolver),
                        element.isAsc() ? OrderTerm.Direction.ASC : OrderTerm.Direction.DESC));
            }
        }
        Limit limit = select.getLimit();
        if (limit != null && limit.getRowCount() != null) {
            Expression rows = limit.getRowCount();
            parts.limit = rows instanceof LongValue value ? value.getValue()
                    : rows instanceof JdbcParameter ? PatternShape.PLACEHOLDER_LIMIT : parts.limit;
        }
    }

    private static String term(Expression expression, ColumnResolver resolver) {
        return expression instanceof Column column ? resolver.resolve(column) : expression.toString();
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        int exception = line.lastIndexOf("Exception: ");
        line = exception < 0 ? line : line.substring(exception + "Exception: ".length());
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** What one statement collects while it is walked. */
    private static final class Parts {
        final ColumnResolver resolver;
        final PredicateCollector predicates;
        final List<OrderTerm> orderBy = new ArrayList<>();
        final List<String> aggregates = new ArrayList<>();
        final List<String> groupBy = new ArrayList<>();
        long limit = PatternShape.NO_LIMIT;

        Parts(ColumnResolver resolver) {
            this.resolver = resolver;
            this.predicates = new PredicateCollector(resolver);
        }
    }
}
