package io.lsql.core.proposal;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proposal for the held-out clinic schema and its own query log migrates through its plan and verifies equal. */
@IntegrationTest
class HeldOutProposalIT {

    @Test
    void theProposedDesignMigratesAndVerifies(Sandbox sandbox, @TempDir Path dir) throws Exception {
        HeldOutSchemaIT.createDatabase(sandbox);
        JdbcSource source = Databases.source(sandbox, HeldOutSchemaIT.DB);
        PatternsFile patterns = PatternsFile.of(HeldOutSchemaIT.harvest(sandbox, dir));
        Proposal proposal = new ProposalService(new DesignService()).propose(source, patterns, ProposalOptions.DEFAULTS);
        CandidateScore best = proposal.best();
        assertTrue(best.passes(), ProposalIT.describe(proposal));
        assertTrue(best.operations().stream().anyMatch(o -> o.service() == OperationKind.Service.SERVED),
                ProposalTable.of(best, patterns).text());
        Path stage = Files.createTempDirectory(dir, "stage");
        Plan plan = ProposalPlans.plan(best, new PlanBuilder.Request(List.of(), false, "heldout_", stage.toUri().toString(),
                PlanBuilder.describe(source), null));
        assertEquals(List.of(), PlanChecker.check(plan, source));
        RunReport report = new PlanRunner(source, Databases.aws(sandbox), RunListener.NONE, new CancellationToken())
                .run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        for (RunReport.Line line : report.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), report.markdown());
        }
    }
}
