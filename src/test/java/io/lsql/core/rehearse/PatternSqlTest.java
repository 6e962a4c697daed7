package io.lsql.core.rehearse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternSqlTest {

    private static final Map<String, List<String>> TABLES = Map.of(
            "Customers", List.of("cust_id", "name", "region"),
            "Orders", List.of("ord_id", "cust_id", "ord_date"),
            "OrderLines", List.of("ord_id", "ord_line_id", "qty"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT name FROM Customers WHERE region = ?                                        | Customers.region EQ 1",
        "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id > ? ORDER BY ord_line_id | OrderLines.ord_id EQ 1, OrderLines.ord_line_id GT 1",
        "SELECT * FROM OrderLines l WHERE ? < l.qty AND l.ord_id IN (?)                     | OrderLines.qty GT 1, OrderLines.ord_id EQ 1",
        "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id BETWEEN ? AND ?          | OrderLines.ord_id EQ 1, OrderLines.ord_line_id BETWEEN 2",
        "SELECT * FROM Customers WHERE name LIKE ? AND (region = ?)                          | Customers.name BEGINS_WITH 1, Customers.region EQ 1",
        "SELECT o.ord_id FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.region = ? | Customers.region EQ 1",
    })
    void readsTheComparisonsInPlaceholderOrder(String sql, String terms) {
        PatternSql.Parsed parsed = PatternSql.parse(sql, TABLES);
        assertNull(parsed.refusal());
        assertEquals(terms, String.join(", ", parsed.terms().stream()
                .map(t -> t.column() + " " + t.operator() + " " + t.placeholders()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SELECT COUNT(*) FROM Orders GROUP BY cust_id                         | GROUP BY",
        "SELECT * FROM Customers UNION ALL SELECT * FROM Customers            | only a plain SELECT",
        "UPDATE Customers SET name = ? WHERE cust_id = ?                      | only a plain SELECT",
        "SELECT * FROM Products WHERE prod_id = ?                             | which the candidate does not migrate",
        "SELECT * FROM Customers WHERE region = ? OR name = ?                 | takes a value in a form",
        "SELECT * FROM Customers WHERE UPPER(region) = ?                      | takes a value in a form",
        "SELECT * FROM Customers WHERE region = ? LIMIT ?, ?                  | offset",
        "SELECT o.* FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id LIMIT ? | LIMIT over a join",
        "SELECT * FROM (SELECT * FROM Customers) x WHERE x.region = ?         | subquery",
        "SELEC broken                                                         | the SQL parser cannot read it",
    })
    void refusesWhatItCannotBindOrCompare(String sql, String reason) {
        String refusal = PatternSql.parse(sql, TABLES).refusal();
        assertTrue(refusal != null && refusal.contains(reason), refusal);
    }

    @Test
    void aSingleTableKeepsOrderAndLimitAndAJoinReadsEachTableDistinct() {
        PatternSql.Parsed single = PatternSql.parse("SELECT ord_line_id, qty FROM OrderLines WHERE ord_id = ? ORDER BY ord_line_id"
                + " LIMIT ?", TABLES);
        assertEquals("SELECT OrderLines.* FROM OrderLines WHERE ord_id = ? ORDER BY ord_line_id LIMIT ?",
                single.rowsSql().get("OrderLines"));
        assertEquals(ValueChooser.BOUND_LIMIT, single.limit());
        PatternSql.Parsed join = PatternSql.parse("SELECT c.name, o.ord_date FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id"
                + " WHERE c.cust_id = ? ORDER BY o.ord_date", TABLES);
        assertEquals(List.of("Customers", "Orders"), join.tables());
        assertEquals("SELECT DISTINCT c.* FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id WHERE c.cust_id = ?",
                join.rowsSql().get("Customers"));
        assertEquals("SELECT DISTINCT o.* FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id WHERE c.cust_id = ?",
                join.rowsSql().get("Orders"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT ? FROM t WHERE a = ?              | 2",
        "SELECT '?' FROM t WHERE a = ? AND b = \"?\" | 1",
        "SELECT 'it''s ?' FROM `t?` WHERE a = ?   | 1",
        "SELECT 'a\\'?' FROM t                    | 0",
    })
    void placeholdersCountOutsideQuotes(String sql, int count) {
        assertEquals(count, Placeholders.count(sql));
    }
}
