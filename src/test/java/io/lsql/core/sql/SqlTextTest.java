package io.lsql.core.sql;

import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.sql.SqlToken.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lexer, statement splitting, formatter, sample headers and history: no server needed. */
class SqlTextTest {

    @Test
    void tokenizesStringsCommentsIdentifiersNumbersAndFunctions() {
        List<SqlToken> tokens = SqlLexer.tokenize("SELECT `order id`, 'it''s; -- x', 1.5e3, COUNT(*) -- done;\nFROM t # c\n/* b; */");
        List<Kind> kinds = tokens.stream().filter(t -> !t.is(Kind.WHITESPACE)).map(SqlToken::kind).toList();
        assertEquals(List.of(Kind.KEYWORD, Kind.QUOTED_IDENTIFIER, Kind.COMMA, Kind.STRING, Kind.COMMA, Kind.NUMBER, Kind.COMMA,
                Kind.FUNCTION, Kind.OPEN_PAREN, Kind.OPERATOR, Kind.CLOSE_PAREN, Kind.COMMENT, Kind.KEYWORD, Kind.IDENTIFIER,
                Kind.COMMENT, Kind.COMMENT), kinds);
        assertEquals("->>", SqlLexer.tokenize("j->>'$.a'").get(1).text());
    }

    @Test
    void findsTheStatementAtTheCaret() {
        String script = "SELECT 1;\n\n-- second\nSELECT 'a;b' FROM t;\nSELECT 3";
        assertEquals(3, SqlStatements.split(script).size());
        assertEquals("SELECT 1", SqlStatements.at(script, 3).of(script));
        assertEquals("SELECT 'a;b' FROM t", SqlStatements.at(script, script.indexOf("FROM")).of(script));
        assertEquals("SELECT 3", SqlStatements.at(script, script.length()).of(script));
    }

    @Test
    void formattingChangesOnlyWhitespaceAndKeywordCase() {
        String sql = "select c.cust_id,c.name , count(*) as n from Customers c left join Orders o on o.cust_id=c.cust_id "
                + "-- join\nwhere c.region in ('West','East') and o.ord_date>=date_sub(now(),interval 1 year) "
                + "group by c.cust_id,c.name order by n desc limit 5";
        String formatted = SqlFormatter.format(sql);
        assertTrue(formatted.startsWith("SELECT c.cust_id,\n  c.name,\n  COUNT(*) AS n\nFROM Customers c\nLEFT JOIN Orders o"), formatted);
        assertEquals(codeTokens(sql), codeTokens(formatted));
        assertEquals(formatted, SqlFormatter.format(formatted), "formatting is stable");
    }

    private static List<String> codeTokens(String sql) {
        return SqlLexer.tokenize(sql).stream().filter(t -> !t.is(Kind.WHITESPACE))
                .map(t -> t.is(Kind.KEYWORD) || t.is(Kind.FUNCTION) ? t.text().toUpperCase(Locale.ROOT) : t.text()).toList();
    }

    @Test
    void sampleQueriesCarryTheirTechniqueAndHint() {
        List<SampleQuery> samples = SampleQueries.all();
        assertTrue(samples.size() >= 9, samples.toString());
        SampleQuery first = samples.get(0);
        assertEquals("Item collection", first.technique());
        assertTrue(first.hint().length() > 50 && first.keys().startsWith("PK"), first.toString());
        assertTrue(samples.stream().anyMatch(s -> s.technique().toLowerCase(Locale.ROOT).contains("single-table")
                || s.technique().toLowerCase(Locale.ROOT).contains("single table")));
    }

    @Test
    void historyIsPersistedNewestFirstAndSearchable(@TempDir Path dir) {
        QueryHistory history = new QueryHistory(dir.resolve("history.jsonl"));
        history.add(new QueryHistory.Entry("t1", "app_db", "SELECT * FROM Customers", 10, 0.1, null));
        history.add(new QueryHistory.Entry("t2", "app_db", "SELECT * FROM Orders", 10, 0.1, null));
        QueryHistory reopened = new QueryHistory(dir.resolve("history.jsonl"));
        assertEquals("SELECT * FROM Orders", reopened.search("").get(0).sql());
        assertEquals(1, reopened.search("customers").size());
    }

    @Test
    void errorPositionsComeFromTheServersNearClause() {
        String sql = "SELECT *\nFORM Customers";
        int[] where = SqlFailure.locate(sql, "You have an error in your SQL syntax; check the manual that corresponds to "
                + "your MariaDB server version for the right syntax to use near 'FORM Customers' at line 2");
        assertEquals(sql.indexOf("FORM"), where[0]);
        assertEquals(4, where[1]);
    }
}
