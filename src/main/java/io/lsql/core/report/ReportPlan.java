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
        if (planFile != null) {
            return PlanFiles.read(planFile);
        }
        PlanBuilder.Request request = new PlanBuilder.Request(List.of(), false, "", null, PlanBuilder.describe(jdbc), null);
        return new PlanBuilder(new DesignService()).build(jdbc, request);
    }
}
