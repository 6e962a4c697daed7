package io.lsql.core.rehearse;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternParser;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.Schema;
import io.lsql.testing.Databases;

import java.sql.Connection;
import java.util.List;

/** app_db in its own database, the advisor's table-per-table targets for it, and patterns and operations built by hand. */
final class RehearsalFixture {

    static final String DB = "rehearse_db";
    static final List<String> TABLES = List.of("Customers", "Products", "OrderLines", "Orders", "Reps", "vCustOrders");

    private static DesignService.SchemaDesign design;

    private RehearsalFixture() {
    }

    static synchronized JdbcSource jdbc(Sandbox sandbox) throws Exception {
        if (design == null) {
            try (Connection connection = Databases.connect(sandbox, "")) {
                SampleDatabases.loadAppDb(connection, DB);
            }
            design = new DesignService().design(Databases.source(sandbox, DB), TABLES);
        }
        return Databases.source(sandbox, DB);
    }

    static Schema schema() {
        return design.schema();
    }

    /** The advisor's targets for app_db, one per table, named as the tables. */
    static List<Target> targets() {
        return PlanBuilder.fromDesigns(design.schema(), design.designs(),
                new PlanBuilder.Request(TABLES, true, "", null, null, null)).targets();
    }

    static Target target(List<Target> targets, String table) {
        return targets.stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
    }

    static Index indexNamed(Target target, String name) {
        return target.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(target.table() + " has no index " + name + ": " + target.indexes()));
    }

    static AccessPattern pattern(String id, String sql) {
        return new AccessPattern(id, sql, PatternSource.FILE, 1, 0, 0, null, null, 0, 0, 1,
                new PatternParser(design.schema()).parse(sql));
    }

    static PlannedOperation operation(String patternId, OperationKind kind, String table, String index, List<KeyCondition> keys,
                                      List<String> filterColumns) {
        return new PlannedOperation(patternId, kind, table, index, List.of(), keys, filterColumns, List.of(), true, true, 1,
                1, 1, 0.5, 0, 0, "by hand");
    }

    /** Equality on the partition key of {@code index}, rendered through the template the target's source writes it with. */
    static KeyCondition indexEq(Target target, Index index, String column) {
        String attribute = index.partitionKey().name();
        String template = target.sources().get(0).template(attribute);
        return eq(attribute, column, template != null ? template : "{" + attribute + "}");
    }

    static KeyCondition eq(String attribute, String column, String template) {
        return new KeyCondition(attribute, KeyCondition.Operator.EQ, List.of(column), template);
    }
}
