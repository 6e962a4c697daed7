package io.lsql.ui.patterns;

import io.lsql.core.patterns.PatternParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-line shape the list shows, from the parser's shape of a statement. */
class ShapeSummaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT * FROM Customers WHERE cust_id = ?                                        | SELECT Customers · = cust_id",
        "SELECT * FROM Orders WHERE cust_id = ? AND ord_date BETWEEN ? AND ? ORDER BY ord_date DESC LIMIT 5 | SELECT Orders · = cust_id · range ord_date between · order ord_date DESC · limit 5",
        "SELECT name FROM Customers WHERE name LIKE 'Sm%'                                 | SELECT Customers · range name begins_with",
        "SELECT o.ord_id FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.region = ? | SELECT Orders + Customers · = Customers.region · 1 join on foreign keys",
        "SELECT region, COUNT(*) FROM Customers WHERE name <> ? GROUP BY region           | SELECT Customers · 1 other condition · COUNT(*)",
        "UPDATE Orders SET ord_date = ? WHERE ord_id = ?                                  | UPDATE Orders · = ord_id",
        "SELEC broken                                                                     | ''",
    })
    void summarisesAShapeInOneLine(String sql, String summary) {
        assertEquals(summary, ShapeSummary.of(new PatternParser(PatternsViewModelTest.SHOP).parse(sql)));
    }
}
