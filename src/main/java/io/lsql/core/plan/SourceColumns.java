package io.lsql.core.plan;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of one plan source as the server describes them, or why it has none.
 *
 * @param problem {@code null} when the source was found
 */
public record SourceColumns(List<Column> columns, String problem) {

    public SourceColumns {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static SourceColumns found(List<Column> columns) {
        return new SourceColumns(columns, null);
    }

    public static SourceColumns missing(String problem) {
        return new SourceColumns(List.of(), problem);
    }

    public boolean isFound() {
        return problem == null;
    }

    /** Looks tables and views up in {@code schema}, and asks {@code queries} for the columns of a query. */
    public static Function<TargetSource, SourceColumns> in(Schema schema, Function<String, SourceColumns> queries) {
        return source -> {
            if (source.kind() == null || source.name() == null || source.name().isBlank()) {
                return missing("kind and name are required (kind TABLE, VIEW or QUERY)");
            }
            if (source.kind() == MigrationSource.Kind.QUERY) {
                return queries.apply(source.name());
            }
            String kind = source.kind().name().toLowerCase(Locale.ROOT);
            Table table = schema.table(source.name()).orElse(null);
            if (table == null) {
                return missing("there is no " + kind + " " + source.name() + " in " + schema.name());
            }
            if (table.isView() != (source.kind() == MigrationSource.Kind.VIEW)) {
                return missing(source.name() + " is a " + (table.isView() ? "view" : "table") + ", not a " + kind);
            }
            return found(table.columns());
        };
    }

    /** The columns a query returns, read from its result metadata on {@code connection}. */
    public static Function<String, SourceColumns> queries(Connection connection, String database) {
        return sql -> {
            try {
                return found(SourceDescriber.describe(connection, database, new MigrationSource(MigrationSource.Kind.QUERY, sql))
                        .columns().stream().map(SourceColumn::column).toList());
            } catch (LsqlException e) {
                return missing(stripPeriod(e.getMessage()));
            }
        };
    }

    static String stripPeriod(String sentence) {
        return sentence != null && sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
