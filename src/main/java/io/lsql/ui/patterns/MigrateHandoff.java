package io.lsql.ui.patterns;

import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;

/** What "Use in Migrate" needs of the Migrate pane: how it names its source, target and stage, and taking a plan. */
public interface MigrateHandoff {

    /** A request for every table, with the Migrate pane's source, AWS target, fresh stage and table prefix. */
    PlanBuilder.Request request();

    /** Makes {@code plan} the Migrate pane's plan, says {@code note} there and shows the pane; false while it runs a plan. */
    boolean use(Plan plan, String note);
}
