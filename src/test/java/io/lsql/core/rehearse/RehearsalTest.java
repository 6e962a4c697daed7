package io.lsql.core.rehearse;

import io.lsql.core.proposal.OperationKind;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import io.lsql.core.rehearse.RowDifference.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RehearsalTest {

    private static final RehearsalResult EQUAL = new RehearsalResult("p-00000001", OperationKind.QUERY, Outcome.EQUAL,
            "SELECT Customers.* FROM Customers WHERE region = 'West'", 4, 4, List.of(), "");
    private static final RehearsalResult DIFFERENT = new RehearsalResult("p-00000002", OperationKind.QUERY, Outcome.DIFFERENT,
            "SELECT OrderLines.* FROM OrderLines WHERE ord_id = '0001'", 4, 3, List.of(
                    new RowDifference(Kind.MISSING_IN_DYNAMODB, "OrderLines", "ord_id=0001, ord_line_id=0004", ""),
                    new RowDifference(Kind.ATTRIBUTE_DIFFERS, "OrderLines", "ord_id=0001, ord_line_id=0001",
                            "qty: MySQL {\"N\":\"2\"}, DynamoDB {\"N\":\"3\"}")), "");
    private static final RehearsalResult SKIPPED = RehearsalResult.notRehearsed("p-00000003", OperationKind.PUT_ITEM,
            "writes are not rehearsed");

    @Test
    void oneLinePerPatternNamesTheFirstDifferingRow() {
        assertEquals("p-00000001  QUERY          EQUAL         4 row(s) = 4 item(s)", EQUAL.line());
        assertEquals("p-00000002  QUERY          DIFFERENT     4 row(s), 3 item(s); missing in DynamoDB: OrderLines"
                + " ord_id=0001, ord_line_id=0004 and 1 more", DIFFERENT.line());
        assertEquals("p-00000003  PUT_ITEM       NOT_REHEARSED writes are not rehearsed", SKIPPED.line());
    }

    @Test
    void theReportCountsOutcomesAndListsEveryDifferingRow() {
        Rehearsal rehearsal = new Rehearsal("c2", "app_db", 10_000, "rehearsal_", List.of(EQUAL, DIFFERENT, SKIPPED));
        assertEquals("1 equal, 1 different, 1 not rehearsed", rehearsal.summary());
        assertFalse(rehearsal.noneDifferent());
        String md = rehearsal.markdown();
        assertTrue(md.startsWith("# Rehearsal of candidate c2\n"), md);
        assertTrue(md.contains("| p-00000002 | QUERY | DIFFERENT | 4 | 3 | 2 differing row(s) |"), md);
        assertTrue(md.contains("- attribute differs: OrderLines ord_id=0001, ord_line_id=0001 (qty: MySQL {\"N\":\"2\"},"
                + " DynamoDB {\"N\":\"3\"})"), md);
        assertTrue(md.contains("| p-00000003 | PUT_ITEM | NOT_REHEARSED | 0 | 0 | writes are not rehearsed |"), md);
        assertTrue(new Rehearsal("c1", "app_db", 10, "r_", List.of(EQUAL, SKIPPED)).noneDifferent());
    }
}
