package io.lsql.core.proposal;

import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.RunDefaults;

/** A chosen candidate as a migration plan: its targets, named with the request's prefix, with the request's source and stage. */
public final class ProposalPlans {

    private ProposalPlans() {
    }

    public static Plan plan(CandidateScore chosen, PlanBuilder.Request request) {
        return plan(chosen.candidate(), request);
    }

    public static Plan plan(Candidate chosen, PlanBuilder.Request request) {
        boolean s3 = request.stage() != null && request.stage().startsWith("s3://");
        RunDefaults defaults = RunDefaults.STANDARD.withLoad(s3 ? LoadMode.IMPORT : LoadMode.BATCH);
        return new Plan(Plan.VERSION, request.source(), request.target(), request.stage(), defaults,
                chosen.targets().stream().map(t -> t.withTable(request.tablePrefix() + t.table())).toList());
    }
}
