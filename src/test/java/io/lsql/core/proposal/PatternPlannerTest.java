package io.lsql.core.proposal;

import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.JoinPair;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.PatternShape;
import io.lsql.core.patterns.RangeCondition;
import io.lsql.core.patterns.StatementKind;
import io.lsql.core.plan.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.lsql.core.patterns.OrderTerm.Direction.ASC;
import static io.lsql.core.patterns.OrderTerm.Direction.DESC;
import static io.lsql.core.patterns.StatementKind.DELETE;
import static io.lsql.core.patterns.StatementKind.INSERT;
import static io.lsql.core.patterns.StatementKind.SELECT;
import static io.lsql.core.patterns.StatementKind.UPDATE;
import static io.lsql.core.proposal.ProposalFixtures.collections;
import static io.lsql.core.proposal.ProposalFixtures.pattern;
import static io.lsql.core.proposal.ProposalFixtures.tablePerTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternPlannerTest {

    private static final JoinPair ORDERS_CUSTOMERS = new JoinPair("Orders.cust_id", "Customers.cust_id", true);

    static Stream<Arguments> cases() {
        return Stream.of(
                row("get by the whole key", tablePerTable(), select("Customers", "Customers.cust_id"),
                        OperationKind.GET_ITEM, null, "cust_id = :cust_id"),
                row("query a GSI", tablePerTable(), select("Customers", "Customers.region"),
                        OperationKind.QUERY, "by_region", "region = :region"),
                row("query a GSI, filter the rest", tablePerTable(), select("Customers", "Customers.region", "Customers.phone"),
                        OperationKind.QUERY_FILTER, "by_region", "region = :region"),
                row("no key fits", tablePerTable(), select("Customers", "Customers.phone"), OperationKind.SCAN, null, ""),
                row("sort-key range", tablePerTable(), pattern(SELECT, List.of("OrderLines"), List.of("OrderLines.ord_id"),
                        new RangeCondition("OrderLines.ord_line_id", RangeCondition.Operator.GE), List.of(), List.of()),
                        OperationKind.QUERY, null, "ord_id = :ord_id AND ord_line_id >= :ord_line_id"),
                row("an inclusive two-bound range is a key condition", tablePerTable(), pattern(SELECT, List.of("OrderLines"),
                        List.of("OrderLines.ord_id"), new RangeCondition("OrderLines.ord_line_id", RangeCondition.Operator.BETWEEN),
                        List.of(), List.of()), OperationKind.QUERY, null,
                        "ord_id = :ord_id AND ord_line_id BETWEEN :ord_line_id_from AND :ord_line_id_to"),
                row("a strict end is still filtered", tablePerTable(), pattern(SELECT, List.of("OrderLines"),
                        List.of("OrderLines.ord_id"), new RangeCondition("OrderLines.ord_line_id", RangeCondition.Operator.BETWEEN, true),
                        List.of(), List.of()), OperationKind.QUERY_FILTER, null,
                        "ord_id = :ord_id AND ord_line_id BETWEEN :ord_line_id_from AND :ord_line_id_to"),
                row("begins_with from LIKE 'x%'", tablePerTable(), pattern(SELECT, List.of("OrderLines"), List.of("OrderLines.ord_id"),
                        new RangeCondition("OrderLines.ord_line_id", RangeCondition.Operator.BEGINS_WITH), List.of(), List.of()),
                        OperationKind.QUERY, null, "ord_id = :ord_id AND begins_with(ord_line_id, :ord_line_id)"),
                row("child in the collection", collections(), select("Orders", "Orders.cust_id"),
                        OperationKind.QUERY, null, "cust_id = :cust_id AND begins_with(sk, \"ORDERS#\")"),
                row("child by its own key", collections(), select("Orders", "Orders.ord_id"),
                        OperationKind.QUERY, "Orders_key", "ord_id = :ord_id"),
                row("join in one collection", collections(), join(), OperationKind.COLLECTION, null, "cust_id = :cust_id"),
                row("join across tables", tablePerTable(), join(), OperationKind.MULTI_REQUEST, null, "cust_id = :cust_id"),
                row("insert", tablePerTable(), write(INSERT), OperationKind.PUT_ITEM, null, ""),
                row("update by key", tablePerTable(), write(UPDATE, "Customers.cust_id"), OperationKind.UPDATE_ITEM, null,
                        "cust_id = :cust_id"),
                row("delete by a GSI key", tablePerTable(), write(DELETE, "Customers.region"), OperationKind.QUERY, "by_region",
                        "region = :region"),
                row("a table the design lacks", List.of(tablePerTable().get(0)), select("Orders", "Orders.ord_id"),
                        OperationKind.UNSERVED, null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansTheCheapestOperation(String name, List<Target> design, AccessPattern pattern, OperationKind kind, String index,
                                   String condition) {
        PlannedOperation op = planner(design).plan(pattern);
        assertEquals(kind, op.kind(), op.explanation());
        assertEquals(index, op.index(), op.toString());
        assertEquals(condition, ProposalTable.keyCondition(op), op.toString());
        assertFalse(op.explanation().isBlank());
    }

    @Test
    void orderByTheSortKeyDescendingReadsBackwards() {
        AccessPattern pattern = pattern(SELECT, List.of("Orders"), List.of("Orders.cust_id"), null,
                List.of(new OrderTerm("Orders.ord_date", DESC)), List.of());
        PlannedOperation op = planner(tablePerTable()).plan(pattern);
        assertEquals("by_cust", op.index());
        assertTrue(op.orderServed());
        assertFalse(op.forward());
        PlannedOperation byPhone = planner(tablePerTable()).plan(pattern(SELECT, List.of("Customers"), List.of("Customers.region"),
                null, List.of(new OrderTerm("Customers.phone", ASC)), List.of()));
        assertFalse(byPhone.orderServed(), "a GSI without a sort key cannot order by phone");
    }

    @Test
    void costsFollowTheProfile() {
        PlannedOperation filtered = planner(tablePerTable()).plan(select("Customers", "Customers.region", "Customers.phone"));
        assertEquals(25, filtered.itemsRead(), 1e-9, "4 regions over 100 customers");
        assertTrue(filtered.itemsReturned() < filtered.itemsRead(), filtered.toString());
        assertEquals(List.of("Customers.phone"), filtered.filterColumns());
        PlannedOperation scan = planner(tablePerTable()).plan(select("Customers", "Customers.phone"));
        assertEquals(Math.ceil(100 * 200 / 4096.0) * 0.5, scan.readUnits(), 1e-9, "whole table over 4 KB, eventually consistent");
        PlannedOperation put = planner(tablePerTable()).plan(write(INSERT));
        assertEquals(2, put.writeUnits(), 1e-9, "one 1 KB write plus the by_region entry");
        double perMonth = PatternPlanner.UNKNOWN_RATE * 730 * 3600;
        assertEquals(perMonth * 2 * Prices.defaults().onDemandWritePerMillion() / 1e6, put.monthlyCost(), 1e-9);
        PlannedOperation join = planner(tablePerTable()).plan(join());
        assertEquals(2, join.requests(), "the customer, then one Query on by_cust for it");
        assertEquals(List.of("Customers", "Orders"), join.sourceIds());
    }

    @Test
    void anUnparsedStatementIsUnserved() {
        AccessPattern unparsed = pattern(SELECT, List.of(), List.of(), null, List.of(), List.of())
                .withShape(PatternShape.unparsed("it is not SQL"));
        PlannedOperation op = planner(tablePerTable()).plan(unparsed);
        assertEquals(OperationKind.UNSERVED, op.kind());
        assertEquals("it is not SQL", op.explanation());
    }

    private static PatternPlanner planner(List<Target> design) {
        return new PatternPlanner(design, ProposalFixtures.profile(), Prices.defaults());
    }

    private static Arguments row(String name, List<Target> design, AccessPattern pattern, OperationKind kind, String index,
                                 String condition) {
        return Arguments.of(name, design, pattern, kind, index, condition);
    }

    private static AccessPattern select(String table, String... equalities) {
        return pattern(SELECT, List.of(table), List.of(equalities), null, List.of(), List.of());
    }

    private static AccessPattern write(StatementKind kind, String... equalities) {
        return pattern(kind, List.of("Customers"), List.of(equalities), null, List.of(), List.of());
    }

    private static AccessPattern join() {
        return pattern(SELECT, List.of("Orders", "Customers"), List.of("Customers.cust_id"), null, List.of(),
                List.of(ORDERS_CUSTOMERS));
    }
}
