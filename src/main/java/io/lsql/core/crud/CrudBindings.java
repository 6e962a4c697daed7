package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.TableDesign;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link CrudBinding}s in ONE form, a plan target and one of its sources: from a plan ({@code lsql plan}, the
 * wizard) directly, or from the advisor's {@link TableDesign} through {@link PlanBuilder#fromDesigns}.
 */
public final class CrudBindings {

    private CrudBindings() {
    }

    /** Binds {@code source} of {@code target}, reading the source's columns through {@code jdbc}. */
    public static CrudBinding of(JdbcSource jdbc, Target target, TargetSource source) {
        try (Connection connection = jdbc.openReadOnly()) {
            SourceDescription description = SourceDescriber.describe(connection, jdbc.database(), source.migrationSource());
            return new CrudBinding(target, source, description);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + io.lsql.core.ErrorText.of(e) + ".", e);
        }
    }

    /** Binds the only source of {@code target} (a single-table target needs {@link #of(JdbcSource, Target, TargetSource)}). */
    public static CrudBinding of(JdbcSource jdbc, Target target) {
        if (target.sources().size() != 1) {
            throw new LsqlException("The target " + target.table() + " has " + target.sources().size()
                    + " sources; pick the one to show side by side.");
        }
        return of(jdbc, target, target.sources().get(0));
    }

    /** Binds the table the advisor designed, as the plan built from that design would ({@code tablePrefix} may be empty). */
    public static CrudBinding of(JdbcSource jdbc, Schema schema, TableDesign design, String tablePrefix) {
        PlanBuilder.Request request = new PlanBuilder.Request(List.of(design.sourceName()), true, tablePrefix, null, null, null);
        Plan plan = PlanBuilder.fromDesigns(schema, List.of(design), request);
        return of(jdbc, plan.targets().get(0));
    }

    /**
     * Binds table {@code name} as {@code plan} migrates it (the wizard's keys, names and attribute rules), when one of the
     * plan's targets reads that table; empty when none does.
     */
    public static Optional<CrudBinding> fromPlan(JdbcSource jdbc, Plan plan, String name) {
        for (Target target : plan.targets()) {
            for (TargetSource source : target.sources()) {
                if (source.kind() == MigrationSource.Kind.TABLE && source.name().equalsIgnoreCase(name)) {
                    return Optional.of(of(jdbc, target, source));
                }
            }
        }
        return Optional.empty();
    }
}
