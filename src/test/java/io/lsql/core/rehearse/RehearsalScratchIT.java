package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static io.lsql.core.rehearse.RehearsalFixture.eq;
import static io.lsql.core.rehearse.RehearsalFixture.indexEq;
import static io.lsql.core.rehearse.RehearsalFixture.operation;
import static io.lsql.core.rehearse.RehearsalFixture.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables over the sample cap: the first rows by primary key are copied into a scratch schema, and both ways read it. */
@IntegrationTest
class RehearsalScratchIT {

    @Test
    void overTheCapTheScratchCopyIsMigratedAndQueried(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        List<Target> targets = RehearsalFixture.targets();
        Target customers = RehearsalFixture.target(targets, "Customers");
        Target view = RehearsalFixture.target(targets, "vCustOrders");
        Index region = RehearsalFixture.indexNamed(customers, "idx_region");
        Candidate candidate = new Candidate("c1", "table per table", CandidateKind.TABLE_PER_TABLE, targets, List.of());
        String viewKey = view.partitionKey().name();

        Rehearsal rehearsal = new Rehearser(jdbc, Databases.aws(sandbox), RehearsalOptions.STANDARD.withSampleRows(6)
                .withTablePrefix("rhs_"), new CancellationToken()).rehearse(List.of(
                        pattern("p-lines", "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id >= ? ORDER BY ord_line_id"),
                        pattern("p-region", "SELECT * FROM Customers WHERE region = ?"),
                        pattern("p-view", "SELECT * FROM vCustOrders WHERE " + viewKey + " = ?")),
                candidate, List.of(
                        operation("p-lines", OperationKind.QUERY, "OrderLines", null, List.of(eq("ord_id", "OrderLines.ord_id", "{ord_id}"),
                                new KeyCondition("ord_line_id", KeyCondition.Operator.GE, List.of("OrderLines.ord_line_id"),
                                        "{ord_line_id}")), List.of()),
                        operation("p-region", OperationKind.QUERY, "Customers", region.name(),
                                List.of(indexEq(customers, region, "Customers.region")), List.of()),
                        operation("p-view", OperationKind.QUERY, "vCustOrders", null,
                                List.of(eq(viewKey, "vCustOrders." + viewKey, view.sources().get(0).template(viewKey))), List.of())));

        assertEquals(RehearsalFixture.DB + "_rehearsal", rehearsal.database(), rehearsal.markdown());
        for (RehearsalResult result : rehearsal.results()) {
            assertEquals(Outcome.EQUAL, result.outcome(), result.line() + "\n" + rehearsal.markdown());
            assertTrue(result.sqlRows() > 0, result.line());
        }
        try (Connection c = Databases.connect(sandbox, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(cust_id) FROM " + RehearsalFixture.DB + "_rehearsal.Customers")) {
            rs.next();
            assertEquals(6, rs.getInt(1));
            assertEquals("0006", rs.getString(2));
        }
    }
}
