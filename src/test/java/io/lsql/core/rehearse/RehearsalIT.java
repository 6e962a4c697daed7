package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.plan.Target;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lsql.core.rehearse.RehearsalFixture.eq;
import static io.lsql.core.rehearse.RehearsalFixture.indexEq;
import static io.lsql.core.rehearse.RehearsalFixture.operation;
import static io.lsql.core.rehearse.RehearsalFixture.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** app_db's patterns rehearsed on the advisor's table-per-table design migrated to moto: every served pattern is equal. */
@IntegrationTest
class RehearsalIT {

    @Test
    void everyServedPatternOfAppDbIsEqual(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        List<Target> targets = RehearsalFixture.targets();
        Target customers = RehearsalFixture.target(targets, "Customers");
        Target products = RehearsalFixture.target(targets, "Products");
        Index region = RehearsalFixture.indexNamed(customers, "idx_region");
        Index category = RehearsalFixture.indexNamed(products, "idx_category");
        List<AccessPattern> patterns = List.of(
                pattern("p-region", "SELECT * FROM Customers WHERE region = ?"),
                pattern("p-category", "SELECT prod_id, name FROM Products WHERE category = ?"),
                pattern("p-lines", "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id > ? ORDER BY ord_line_id"),
                pattern("p-customer", "SELECT name, email FROM Customers WHERE cust_id = ?"),
                pattern("p-qty", "SELECT * FROM OrderLines WHERE ord_id = ? AND qty > ?"),
                pattern("p-rep", "SELECT * FROM Reps WHERE rep_name = ?"),
                pattern("p-count", "SELECT COUNT(*) FROM Orders WHERE cust_id = ?"));
        List<PlannedOperation> operations = List.of(
                operation("p-region", OperationKind.QUERY, "Customers", region.name(),
                        List.of(indexEq(customers, region, "Customers.region")), List.of()),
                operation("p-category", OperationKind.QUERY, "Products", category.name(),
                        List.of(indexEq(products, category, "Products.category")), List.of()),
                operation("p-lines", OperationKind.QUERY, "OrderLines", null, List.of(eq("ord_id", "OrderLines.ord_id", "{ord_id}"),
                        new KeyCondition("ord_line_id", KeyCondition.Operator.GT, List.of("OrderLines.ord_line_id"), "{ord_line_id}")),
                        List.of()),
                operation("p-customer", OperationKind.GET_ITEM, "Customers", null,
                        List.of(eq("cust_id", "Customers.cust_id", "{cust_id}")), List.of()),
                operation("p-qty", OperationKind.QUERY_FILTER, "OrderLines", null,
                        List.of(eq("ord_id", "OrderLines.ord_id", "{ord_id}")), List.of("OrderLines.qty")),
                operation("p-rep", OperationKind.SCAN, "Reps", null, List.of(), List.of("Reps.rep_name")),
                operation("p-count", OperationKind.QUERY, "Orders", null, List.of(eq("ord_id", "Orders.ord_id", "{ord_id}")), List.of()));
        Candidate candidate = new Candidate("c1", "Table per table", CandidateKind.TABLE_PER_TABLE, targets, List.of());

        Rehearsal rehearsal = new Rehearser(jdbc, Databases.aws(sandbox), RehearsalOptions.STANDARD.withTablePrefix("rh_"),
                new CancellationToken()).rehearse(patterns, candidate, operations);

        String report = rehearsal.markdown();
        assertEquals(RehearsalFixture.DB, rehearsal.database(), "every table is under the cap: the database itself is read");
        for (RehearsalResult result : rehearsal.results().subList(0, 6)) {
            assertEquals(Outcome.EQUAL, result.outcome(), result.line() + "\n" + report);
            assertTrue(result.sqlRows() > 0, "a bound pattern returns rows: " + result.line());
        }
        RehearsalResult lines = rehearsal.results().get(2);
        assertEquals(2, lines.sqlRows(), "lines 0003 and 0004 of order 0001, the median line being 0002: " + lines.boundSql());
        assertTrue(lines.boundSql().contains("'0001'") && lines.boundSql().contains("'0002'"), lines.boundSql());
        RehearsalResult count = rehearsal.results().get(6);
        assertEquals(Outcome.NOT_REHEARSED, count.outcome());
        assertTrue(count.reason().startsWith("aggregates (COUNT(*))"), count.reason());
        assertTrue(rehearsal.noneDifferent());
    }

    @Test
    void anItemCollectionServesTheJoinAndItsEntitiesAreComparedApart(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        List<Target> targets = RehearsalFixture.targets();
        TargetSource customers = RehearsalFixture.target(targets, "Customers").sources().get(0);
        TargetSource orders = RehearsalFixture.target(targets, "Orders").sources().get(0);
        Target collection = new Target("CustomerOrders", new KeyAttribute("pk", KeyType.S), new KeyAttribute("sk", KeyType.S),
                List.of(), null, null, 0, 0, null, null, null, List.of(
                        customers.withEntityType("customer").withKeys(List.of(new KeyTemplateSpec("pk", "CUST#{cust_id}"),
                                new KeyTemplateSpec("sk", "CUST#{cust_id}"))),
                        orders.withEntityType("order").withKeys(List.of(new KeyTemplateSpec("pk", "CUST#{cust_id}"),
                                new KeyTemplateSpec("sk", "ORDER#{ord_id}")))));
        Candidate candidate = new Candidate("c2", "Orders under Customers", CandidateKind.ITEM_COLLECTIONS, List.of(collection),
                List.of());
        List<AccessPattern> patterns = List.of(
                pattern("p-join", "SELECT c.name, o.ord_date FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id"
                        + " WHERE c.cust_id = ?"),
                pattern("p-orders", "SELECT * FROM Orders WHERE cust_id = ? ORDER BY ord_id DESC"));
        PlannedOperation join = new PlannedOperation("p-join", OperationKind.COLLECTION, "CustomerOrders", null,
                List.of("Customers", "Orders"), List.of(eq("pk", "Customers.cust_id", "CUST#{cust_id}")), List.of(), List.of(),
                true, true, 1, 4, 4, 0.5, 0, 0, "by hand");
        PlannedOperation ordersOf = new PlannedOperation("p-orders", OperationKind.QUERY, "CustomerOrders", null, List.of("Orders"),
                List.of(eq("pk", "Orders.cust_id", "CUST#{cust_id}"),
                        new KeyCondition("sk", KeyCondition.Operator.BEGINS_WITH, List.of(), "ORDER#{ord_id}")),
                List.of(), List.of(), false, true, 1, 3, 3, 0.5, 0, 0, "by hand");

        Rehearsal rehearsal = new Rehearser(jdbc, Databases.aws(sandbox), RehearsalOptions.STANDARD.withTablePrefix("rhc_"),
                new CancellationToken()).rehearse(patterns, candidate, List.of(join, ordersOf));

        for (RehearsalResult result : rehearsal.results()) {
            assertEquals(Outcome.EQUAL, result.outcome(), result.line() + "\n" + rehearsal.markdown());
        }
        RehearsalResult collected = rehearsal.results().get(0);
        assertTrue(collected.sqlRows() >= 2 && collected.sqlRows() == collected.items(), collected.line());
        assertTrue(rehearsal.results().get(1).sqlRows() >= 2, rehearsal.results().get(1).line());
    }
}
