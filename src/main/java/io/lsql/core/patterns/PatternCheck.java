package io.lsql.core.patterns;

import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Re-reads an edited patterns file against the live schema: each pattern's SQL is parsed again (the
 * shape in the file is derived data), weights and rates are kept, and unknown tables and columns are
 * reported one line each.
 */
public final class PatternCheck {

    /**
     * @param patterns the patterns with their shapes parsed again
     * @param problems one sentence each, empty when every table and column exists
     */
    public record Result(List<AccessPattern> patterns, List<String> problems) {
        public Result {
            patterns = List.copyOf(patterns);
            problems = List.copyOf(problems);
        }
    }

    public Result check(PatternsFile file, Schema schema) {
        PatternParser parser = new PatternParser(schema);
        List<AccessPattern> patterns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (AccessPattern pattern : file.patterns()) {
            AccessPattern parsed = pattern.withShape(parser.parse(SqlNormalizer.normalize(pattern.sql())));
            patterns.add(parsed);
            problems.addAll(problems(parsed, schema));
        }
        return new Result(patterns, problems);
    }

    private static List<String> problems(AccessPattern pattern, Schema schema) {
        List<String> problems = new ArrayList<>();
        for (String table : pattern.shape().tables()) {
            if (schema.table(table).isEmpty()) {
                problems.add(pattern.id() + ": table " + table + " does not exist in " + schema.name() + ".");
            }
        }
        for (String column : columns(pattern.shape())) {
            String[] parts = column.split("\\.", 2);
            Optional<Table> table = schema.table(parts[0]);
            if (parts.length == 2 && table.isPresent() && table.get().column(parts[1]).isEmpty()) {
                problems.add(pattern.id() + ": column " + column + " does not exist in " + schema.name() + ".");
            } else if (parts.length == 1 && isIdentifier(column) && !mayBeAlias(pattern.shape(), column)) {
                problems.add(pattern.id() + ": column " + column + " belongs to none of the pattern's tables.");
            }
        }
        return problems;
    }

    private static Set<String> columns(PatternShape shape) {
        Set<String> columns = new LinkedHashSet<>(shape.equalityColumns());
        if (shape.range() != null) {
            columns.add(shape.range().column());
        }
        shape.orderBy().forEach(o -> columns.add(o.column()));
        shape.joins().forEach(j -> {
            columns.add(j.left());
            columns.add(j.right());
        });
        columns.addAll(shape.groupBy());
        return columns;
    }

    /** ORDER BY and GROUP BY may name a select alias rather than a column. */
    private static boolean mayBeAlias(PatternShape shape, String name) {
        return shape.groupBy().contains(name) || shape.orderBy().stream().anyMatch(o -> o.column().equals(name));
    }

    private static boolean isIdentifier(String text) {
        return text.matches("[A-Za-z_][A-Za-z0-9_$]*");
    }
}
