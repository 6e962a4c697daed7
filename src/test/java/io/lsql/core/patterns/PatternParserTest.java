package io.lsql.core.patterns;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatternParserTest {

    static final Schema SHOP = new Schema("shop", "11", Schema.ServerFlavor.MARIADB, List.of(
            table("Customers", List.of(), "cust_id", "name", "region"),
            table("Orders", List.of(new ForeignKey("fk_cust", "Orders", List.of("cust_id"), "shop", "Customers",
                    List.of("cust_id"), "RESTRICT", "RESTRICT")), "ord_id", "cust_id", "ord_date", "status"),
            table("OrderLines", List.of(new ForeignKey("fk_ord", "OrderLines", List.of("ord_id"), "shop", "Orders",
                    List.of("ord_id"), "RESTRICT", "RESTRICT")), "ord_id", "ord_line_id", "prod_id", "qty")));

    /** One row: the SQL and the expected shape, written compactly as text. */
    record Case(String name, String sql, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("equality", "SELECT * FROM Customers WHERE cust_id = ?",
                        "SELECT [Customers] eq=[Customers.cust_id] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("range", "SELECT * FROM Orders WHERE cust_id = 7 AND ord_date >= '2024-01-01'",
                        "SELECT [Orders] eq=[Orders.cust_id] range=Orders.ord_date GE other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("two bounds make a between", "SELECT * FROM Orders WHERE ord_date >= ? AND ord_date <= ?",
                        "SELECT [Orders] eq=[] range=Orders.ord_date BETWEEN other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("a strict bound makes it exclusive", "SELECT * FROM Orders WHERE ord_date >= ? AND ord_date < ?",
                        "SELECT [Orders] eq=[] range=Orders.ord_date BETWEEN exclusive other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("second range column is other", "SELECT * FROM Orders WHERE ord_date > ? AND ord_id < ?",
                        "SELECT [Orders] eq=[] range=Orders.ord_date GT other=[ord_id < ?] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("like prefix", "SELECT name FROM Customers WHERE region = ? AND name LIKE 'Sm%'",
                        "SELECT [Customers] eq=[Customers.region] range=Customers.name BEGINS_WITH other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("like infix is other", "SELECT name FROM Customers WHERE name LIKE '%mi%'",
                        "SELECT [Customers] eq=[] range=null other=[name LIKE '%mi%'] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("between", "SELECT * FROM OrderLines WHERE ord_id = ? AND ord_line_id BETWEEN ? AND ?",
                        "SELECT [OrderLines] eq=[OrderLines.ord_id] range=OrderLines.ord_line_id BETWEEN other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("order by and limit", "SELECT * FROM Orders WHERE cust_id = ? ORDER BY ord_date DESC, ord_id LIMIT 10",
                        "SELECT [Orders] eq=[Orders.cust_id] range=null other=[] order=[Orders.ord_date DESC, Orders.ord_id ASC] limit=10 joins=[] agg=[] group=[]"),
                new Case("limit placeholder", "SELECT * FROM Orders LIMIT ?",
                        "SELECT [Orders] eq=[] range=null other=[] order=[] limit=-1 joins=[] agg=[] group=[]"),
                new Case("in list is equality", "SELECT * FROM Customers WHERE cust_id IN (?)",
                        "SELECT [Customers] eq=[Customers.cust_id] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("join with aliases along fk",
                        "SELECT c.name, o.ord_id FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id WHERE c.region = ?",
                        "SELECT [Customers, Orders] eq=[Customers.region] range=null other=[] order=[] limit=0 "
                                + "joins=[Orders.cust_id=Customers.cust_id fk] agg=[] group=[]"),
                new Case("join off the fk and unqualified column",
                        "SELECT * FROM Orders o JOIN OrderLines l ON l.prod_id = o.cust_id WHERE qty > ?",
                        "SELECT [Orders, OrderLines] eq=[] range=OrderLines.qty GT other=[] order=[] limit=0 "
                                + "joins=[OrderLines.prod_id=Orders.cust_id] agg=[] group=[]"),
                new Case("aggregates", "SELECT region, COUNT(*), SUM(cust_id) FROM Customers GROUP BY region",
                        "SELECT [Customers] eq=[] range=null other=[] order=[] limit=0 joins=[] agg=[COUNT(*), SUM(cust_id)] group=[Customers.region]"),
                new Case("update", "UPDATE Orders SET status = ? WHERE ord_id = ?",
                        "UPDATE [Orders] eq=[Orders.ord_id] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("insert", "INSERT INTO Customers (cust_id, name) VALUES (?, ?)",
                        "INSERT [Customers] eq=[] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("delete", "DELETE FROM OrderLines WHERE ord_id = ?",
                        "DELETE [OrderLines] eq=[OrderLines.ord_id] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("backquoted digest text", "SELECT `name` FROM `Customers` WHERE `cust_id` = ?",
                        "SELECT [Customers] eq=[Customers.cust_id] range=null other=[] order=[] limit=0 joins=[] agg=[] group=[]"),
                new Case("type length turned into a placeholder", "SELECT CAST(NULL AS CHAR(?)) AS k, name FROM Customers UNION ALL "
                        + "SELECT ord_id, status FROM Orders ORDER BY k",
                        "SELECT [Customers, Orders] eq=[] range=null other=[] order=[k ASC] limit=0 joins=[] agg=[] group=[]"),
                new Case("unparseable", "SELEC name FROM", "unparsed"),
                new Case("not a pattern", "SET NAMES utf8mb4", "unparsed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesTheShape(Case c) {
        PatternShape shape = new PatternParser(SHOP).parse(c.sql());
        assertEquals(c.expected(), describe(shape));
    }

    static String describe(PatternShape s) {
        if (!s.parsed()) {
            return s.unparsedReason().isBlank() || !s.unparsedReason().endsWith(".") ? "bad reason" : "unparsed";
        }
        return s.kind() + " " + s.tables() + " eq=" + s.equalityColumns()
                + " range=" + (s.range() == null ? "null" : s.range().column() + " " + s.range().operator()
                + (s.range().exclusive() ? " exclusive" : ""))
                + " other=" + s.otherPredicates()
                + " order=" + s.orderBy().stream().map(o -> o.column() + " " + o.direction()).toList()
                + " limit=" + s.limit()
                + " joins=" + s.joins().stream().map(j -> j.left() + "=" + j.right() + (j.foreignKey() ? " fk" : "")).toList()
                + " agg=" + s.aggregates() + " group=" + s.groupBy();
    }

    static Table table(String name, List<ForeignKey> foreignKeys, String... columns) {
        List<Column> cols = Arrays.stream(columns).map(c -> new Column(c, 1, "varchar", "varchar(20)", 20L, 80L, null, null,
                null, false, true, null, null, false, null, List.of())).toList();
        return new Table("shop", name, TableKind.TABLE, "InnoDB", "", cols, List.of(columns[0]), List.of(), foreignKeys,
                -1, -1, -1, null);
    }
}
