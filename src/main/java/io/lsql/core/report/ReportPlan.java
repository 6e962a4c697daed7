package io.lsql.core.report;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanFiles;

import java.nio.file.Path;
import java.util.List;

/** The plan a report or a cost estimate is about: a plan file, else the one {@code lsql plan} would write for the live schema. */
public final class ReportPlan {

    private ReportPlan() {
    }

    /** The plan in {@code planFile}, or, when it is {@code null}, every base table of {@code jdbc}'s database as designed. */
    public static Plan of(JdbcSource jdbc, Path planFile) {
        return planFile != null ? PlanFiles.read(planFile) : of(jdbc, new DesignService().design(jdbc, List.of()), null);
    }

    /** The same, from a schema already designed. */
    public static Plan of(JdbcSource jdbc, DesignService.SchemaDesign design, Path planFile) {
        if (planFile != null) {
            return PlanFiles.read(planFile);
        }
        PlanBuilder.Request request = new PlanBuilder.Request(List.of(), false, "", null, PlanBuilder.describe(jdbc), null);
        return PlanBuilder.fromDesigns(design.schema(), design.designs(), request);
    }
}
