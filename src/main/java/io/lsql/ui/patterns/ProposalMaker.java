package io.lsql.ui.patterns;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.rehearse.Rehearsal;

import java.io.IOException;

/**
 * The core's advisor as the Patterns pane calls it, off the FX thread: propose a design, turn a candidate into a plan,
 * rehearse a candidate.
 */
public interface ProposalMaker {

    Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProgressListener progress, CancellationToken cancel);

    Plan plan(Candidate candidate, PlanBuilder.Request request);

    /** Migrates a sample into {@code aws} as {@code chosen} designs it and runs every pattern both ways. */
    Rehearsal rehearse(JdbcSource jdbc, AwsTarget aws, PatternsFile patterns, CandidateScore chosen, CancellationToken cancel)
            throws IOException;
}
