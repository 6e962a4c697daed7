package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import io.lsql.core.rehearse.RowDifference.Kind;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.lsql.core.rehearse.RehearsalFixture.eq;
import static io.lsql.core.rehearse.RehearsalFixture.operation;
import static io.lsql.core.rehearse.RehearsalFixture.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Designs broken on purpose: the rehearsal says DIFFERENT and names exactly the rows. */
@IntegrationTest
class RehearsalBrokenIT {

    @Test
    void aSortKeyTemplateTheOperationDoesNotBindReturnsRowsMySqlDoesNot(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        List<Target> targets = RehearsalFixture.targets();
        Target lines = RehearsalFixture.target(targets, "OrderLines");
        TargetSource source = lines.sources().get(0);
        List<KeyTemplateSpec> keys = source.keys().stream().map(k -> k.attribute().equals("ord_line_id")
                ? new KeyTemplateSpec("ord_line_id", "LINE#{ord_line_id}") : k).toList();
        Target decorated = lines.withSources(List.of(source.withKeys(keys)));
        Candidate candidate = new Candidate("c9", "decorated lines", CandidateKind.ITEM_COLLECTIONS, List.of(decorated), List.of());

        Rehearsal rehearsal = rehearser(sandbox, jdbc, "rhb1_").rehearse(
                List.of(pattern("p-lines", "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id > ? ORDER BY ord_line_id")),
                candidate, List.of(operation("p-lines", OperationKind.QUERY, "OrderLines", null,
                        List.of(eq("ord_id", "OrderLines.ord_id", "{ord_id}"), new KeyCondition("ord_line_id",
                                KeyCondition.Operator.GT, List.of("OrderLines.ord_line_id"), "{ord_line_id}")), List.of())));

        RehearsalResult result = rehearsal.results().get(0);
        assertEquals(Outcome.DIFFERENT, result.outcome(), rehearsal.markdown());
        assertEquals(List.of("only in DynamoDB: OrderLines ord_id=0001, ord_line_id=0001",
                "only in DynamoDB: OrderLines ord_id=0001, ord_line_id=0002"),
                result.differences().stream().map(RowDifference::describe).toList());
        assertEquals(false, rehearsal.noneDifferent());
    }

    @Test
    void aGsiKeyRenderedOtherwiseThanTheOperationBindsMissesEveryRowOfTheRegion(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        List<Target> targets = RehearsalFixture.targets();
        Target customers = RehearsalFixture.target(targets, "Customers");
        Index region = RehearsalFixture.indexNamed(customers, "idx_region");
        Candidate candidate = new Candidate("c1", "table per table", CandidateKind.TABLE_PER_TABLE, List.of(customers), List.of());

        Rehearsal rehearsal = rehearser(sandbox, jdbc, "rhb2_").rehearse(
                List.of(pattern("p-region", "SELECT * FROM Customers WHERE region = ?")), candidate,
                List.of(operation("p-region", OperationKind.QUERY, "Customers", region.name(),
                        List.of(eq(region.partitionKey().name(), "Customers.region", "REGION#{region}")), List.of())));

        RehearsalResult result = rehearsal.results().get(0);
        assertEquals(Outcome.DIFFERENT, result.outcome(), rehearsal.markdown());
        assertEquals(0, result.items());
        List<String> expected = new ArrayList<>();
        for (String id : customersOfTheBusiestRegion(sandbox)) {
            expected.add("missing in DynamoDB: Customers cust_id=" + id);
        }
        assertEquals(expected, result.differences().stream().map(RowDifference::describe).toList());
        assertEquals(Kind.MISSING_IN_DYNAMODB, result.differences().get(0).kind());
    }

    private static List<String> customersOfTheBusiestRegion(Sandbox sandbox) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = Databases.connect(sandbox, RehearsalFixture.DB); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT cust_id FROM Customers WHERE region = (SELECT region FROM Customers"
                     + " GROUP BY region ORDER BY COUNT(*) DESC, region LIMIT 1) ORDER BY cust_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Rehearser rehearser(Sandbox sandbox, JdbcSource jdbc, String prefix) {
        return new Rehearser(jdbc, Databases.aws(sandbox), RehearsalOptions.STANDARD.withTablePrefix(prefix), new CancellationToken());
    }
}
