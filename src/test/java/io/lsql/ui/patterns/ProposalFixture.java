package io.lsql.ui.patterns;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ScoreParts;
import io.lsql.core.rehearse.Rehearsal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small proposal written out as records, for the tests of what the pane shows of one (not of how the core scores):
 * c2 (Orders in Customers' collection) best, c1 (table per table) second, c3 third, c4 failing a gate last.
 */
public final class ProposalFixture implements ProposalMaker {

    public final List<PatternsFile> proposedFor = new ArrayList<>();
    public final List<PlanBuilder.Request> plannedWith = new ArrayList<>();

    public static Proposal proposal() {
        TargetSource customers = source("Customers", "pk", "CUST#{cust_id}", "sk", "A");
        TargetSource orders = source("Orders", "pk", "CUST#{cust_id}", "sk", "ORDER#{ord_id}");
        Target collection = new Target("Customers", new KeyAttribute("pk", KeyType.S), new KeyAttribute("sk", KeyType.S), List.of(),
                null, null, 0, 0, null, null, null, List.of(customers, orders));
        Target ownCustomers = new Target("Customers", new KeyAttribute("cust_id", KeyType.S), null, List.of(), null, null, 0, 0,
                null, null, null, List.of(source("Customers", "cust_id", "{cust_id}", null, null)));
        Target ownOrders = new Target("Orders", new KeyAttribute("ord_id", KeyType.S), null, List.of(), null, null, 0, 0,
                null, null, null, List.of(source("Orders", "ord_id", "{ord_id}", null, null)));
        PlannedOperation byCustomer = new PlannedOperation("p-00000001", OperationKind.COLLECTION, "Customers", null,
                List.of("Customers", "Orders"), List.of(new KeyCondition("pk", KeyCondition.Operator.EQ, List.of("Customers.cust_id"),
                "CUST#{cust_id}"), new KeyCondition("sk", KeyCondition.Operator.BEGINS_WITH, List.of(), "ORDER#")), List.of(),
                List.of(), true, true, 1, 4, 4, 0.5, 0, 1.25, "Orders live in their customer's collection.");
        PlannedOperation scan = new PlannedOperation("p-00000001", OperationKind.SCAN, "Orders", null, List.of("Orders"),
                List.of(), List.of("Orders.cust_id"), List.of(), true, true, 1, 1000, 4, 60, 0, 99.5, "No key has cust_id.");
        return new Proposal("app_db", "0".repeat(64), List.of(
                score(new Candidate("c2", "Item collections: Orders under Customers", CandidateKind.ITEM_COLLECTIONS,
                        List.of(collection), List.of("Orders go under their customer.")), byCustomer, 9.5, List.of()),
                score(new Candidate("c1", "Table per table", CandidateKind.TABLE_PER_TABLE, List.of(ownCustomers, ownOrders),
                        List.of()), scan, 6.0, List.of()),
                score(new Candidate("c3", "Sparse GSIs", CandidateKind.SPARSE_GSIS, List.of(ownCustomers, ownOrders), List.of()),
                        scan, 5.5, List.of()),
                score(new Candidate("c4", "Single table", CandidateKind.SINGLE_TABLE, List.of(collection), List.of()), byCustomer,
                        0, List.of("Two items share the key CUST#1 / A on the sampled rows."))));
    }

    private static CandidateScore score(Candidate candidate, PlannedOperation op, double coverage, List<String> gates) {
        return new CandidateScore(candidate, List.of(op), new ScoreParts(coverage, 1, 1, 1, 0.5), op.monthlyCost(), gates,
                coverage < 9 ? List.of("Orders by customer is a Scan.") : List.of());
    }

    private static TargetSource source(String table, String pk, String pkTemplate, String sk, String skTemplate) {
        List<KeyTemplateSpec> keys = sk == null ? List.of(new KeyTemplateSpec(pk, pkTemplate))
                : List.of(new KeyTemplateSpec(pk, pkTemplate), new KeyTemplateSpec(sk, skTemplate));
        return new TargetSource(table, MigrationSource.Kind.TABLE, table, null, keys, List.of(), false);
    }

    @Override
    public Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProgressListener progress, CancellationToken cancel) {
        proposedFor.add(patterns);
        return proposal();
    }

    @Override
    public Rehearsal rehearse(JdbcSource jdbc, AwsTarget aws, PatternsFile patterns, CandidateScore chosen, CancellationToken cancel) {
        throw new AssertionError("the fixture's candidates are not rehearsed: ProposalViewModelIT rehearses on the sandbox");
    }

    @Override
    public Plan plan(Candidate candidate, PlanBuilder.Request request) {
        plannedWith.add(request);
        return new Plan(Plan.VERSION, request.source(), request.target(), request.stage(), null, candidate.targets());
    }
}
