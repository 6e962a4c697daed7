package io.lsql.ui.patterns;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ProposalOptions;
import io.lsql.core.proposal.ProposalPlans;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.rehearse.Rehearsal;
import io.lsql.core.rehearse.RehearsalOptions;
import io.lsql.core.rehearse.Rehearser;

import java.io.IOException;

/** The app's {@link ProposalMaker}: the core's {@link ProposalService}, {@link ProposalPlans} and {@link Rehearser}. */
public final class CoreProposals implements ProposalMaker {

    private final ProposalService service;

    public CoreProposals(DesignService designs) {
        this.service = new ProposalService(designs);
    }

    @Override
    public Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProgressListener progress, CancellationToken cancel) {
        return service.propose(jdbc, patterns, ProposalOptions.DEFAULTS, cancel);
    }

    @Override
    public Plan plan(Candidate candidate, PlanBuilder.Request request) {
        return ProposalPlans.plan(candidate, request);
    }

    @Override
    public Rehearsal rehearse(JdbcSource jdbc, AwsTarget aws, PatternsFile patterns, CandidateScore chosen,
                              CancellationToken cancel) throws IOException {
        return new Rehearser(jdbc, aws, RehearsalOptions.STANDARD, cancel).rehearse(patterns.patterns(), chosen.candidate(),
                chosen.operations());
    }
}
