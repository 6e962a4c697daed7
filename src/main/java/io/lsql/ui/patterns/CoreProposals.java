package io.lsql.ui.patterns;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.Proposal;

/** The app's {@link ProposalMaker}: the core's proposal service and its plans. */
public final class CoreProposals implements ProposalMaker {

    @Override
    public Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProgressListener progress, CancellationToken cancel) {
        throw new LsqlException("This build has no proposal service yet.");
    }

    @Override
    public Plan plan(Candidate candidate, PlanBuilder.Request request) {
        throw new LsqlException("This build has no proposal service yet.");
    }
}
