package io.lsql.core.run;

import io.lsql.core.CancellationToken;
import io.lsql.core.plan.Plan;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.lsql.core.run.PlanRunIT.plan;
import static io.lsql.core.run.PlanRunIT.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stage's run is offered for resume while a target is unfinished, and no longer once a resume finished it. */
@IntegrationTest
class UnfinishedRunsIT {

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, PlanRunIT.DB);
        }
    }

    @Test
    void aCancelledTargetLeavesTheRunUnfinishedUntilAResumeFinishesIt(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Plan plan = plan(dir, List.of(single("ur_lines", "OrderLines", "ord_id", "ord_line_id", List.of()),
                single("ur_reps", "Reps", "rep_id", null, List.of())));
        PlanRunner runner = new PlanRunner(Databases.source(sandbox, PlanRunIT.DB), Databases.aws(sandbox), RunListener.NONE,
                new CancellationToken());
        runner.cancelTarget("ur_lines");
        RunReport report = runner.run(plan, false, false);

        Optional<UnfinishedRuns.UnfinishedRun> found = UnfinishedRuns.in(plan.stage(), Databases.aws(sandbox));
        assertTrue(found.isPresent(), report.markdown());
        assertEquals(report.runId(), found.get().runId());
        assertEquals(1, found.get().done(), "ur_reps is done");
        assertEquals(2, found.get().total());
        assertEquals(plan.targets(), found.get().plan().targets());

        runner(sandbox).run(found.get().plan(), true, false);
        assertEquals(Optional.empty(), UnfinishedRuns.in(plan.stage(), Databases.aws(sandbox)));
    }

    @Test
    void anEmptyOrMissingStageHoldsNoRun(Sandbox sandbox, @TempDir Path dir) {
        assertEquals(Optional.empty(), UnfinishedRuns.in(dir.toUri().toString(), Databases.aws(sandbox)));
        assertEquals(Optional.empty(), UnfinishedRuns.in(dir.resolve("never-made").toUri().toString(), Databases.aws(sandbox)));
    }

    private static PlanRunner runner(Sandbox sandbox) {
        return PlanRunIT.runner(sandbox, new ArrayList<>());
    }
}
