package io.lsql.core.plan;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.schema.Column;
import io.lsql.core.sql.ItemPreview;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plan targets for queries ("Migrate this query…" from the SQL editor): keyed as the design advisor keys the query (from
 * the tables it reads), one attribute per result column; and the columns of a plan's queries, described by the server
 * once so the plan can be checked later without a connection.
 */
public final class QueryTargets {

    /** A query planned as a target, with the advisor's design (its rationale) and the query's columns. */
    public record Planned(Target target, TableDesign design, SourceColumns columns) {
    }

    private QueryTargets() {
    }

    /** The target that fills DynamoDB table {@code table} with the rows of {@code sql}; its source id is the table name. */
    public static Planned plan(JdbcSource jdbc, String table, String sql) {
        TableDesign design = ItemPreview.preview(jdbc, sql, 0).design();
        List<Column> columns = columns(jdbc, sql);
        TargetSource source = new TargetSource(table, MigrationSource.Kind.QUERY, sql, null, PlanBuilder.keys(design),
                columns.stream().map(PlanBuilder::rule).toList(), false);
        Target target = new Target(table, PlanBuilder.keyAttribute(design.key().partitionKey()),
                design.key().sortKey() == null ? null : PlanBuilder.keyAttribute(design.key().sortKey()),
                design.gsis().stream().map(PlanBuilder::index).toList(), null, BillingMode.PAY_PER_REQUEST, 0, 0, null, null, null,
                List.of(source));
        return new Planned(target, design, SourceColumns.found(columns));
    }

    /** The columns of every query source of {@code plan} (by its SQL); a query the server refuses says why. */
    public static Map<String, SourceColumns> describe(JdbcSource jdbc, Plan plan) {
        Map<String, SourceColumns> described = new LinkedHashMap<>();
        List<String> queries = plan.targets().stream().flatMap(t -> t.sources().stream())
                .filter(s -> s.kind() == MigrationSource.Kind.QUERY).map(TargetSource::name).distinct().toList();
        if (queries.isEmpty()) {
            return described;
        }
        try (Connection connection = jdbc.openReadOnly()) {
            queries.forEach(sql -> described.put(sql, SourceColumns.queries(connection, jdbc.database()).apply(sql)));
        } catch (SQLException e) {
            throw new LsqlException("Describing the plan's queries failed: " + ErrorText.of(e) + ".", e);
        }
        return described;
    }

    private static List<Column> columns(JdbcSource jdbc, String sql) {
        try (Connection connection = jdbc.openReadOnly()) {
            return SourceDescriber.describe(connection, jdbc.database(), new MigrationSource(MigrationSource.Kind.QUERY, sql))
                    .columns().stream().map(SourceColumn::column).toList();
        } catch (SQLException e) {
            throw new LsqlException("Describing the query failed: " + ErrorText.of(e) + ".", e);
        }
    }
}
