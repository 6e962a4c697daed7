package io.lsql.core.sql;

import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class SqlServicesIT {

    @Test
    void resultsStreamPageByPageAndKeepNullApartFromEmpty(Sandbox sandbox) {
        JdbcSource source = Databases.source(sandbox, SampleDatabases.APP_DB);
        try (QuerySession session = QuerySession.run(source, "SELECT cust_id, phone FROM Customers ORDER BY cust_id")) {
            assertEquals(List.of("cust_id", "phone"), session.columns());
            QuerySession.Page first = session.fetch(4);
            assertEquals(4, first.rows().size());
            assertTrue(first.more());
            QuerySession.Page rest = session.fetch(100);
            assertEquals(6, rest.rows().size());
            assertFalse(rest.more());
            List<String> phones = new java.util.ArrayList<>();
            first.rows().forEach(r -> phones.add(r[1]));
            rest.rows().forEach(r -> phones.add(r[1]));
            assertEquals(2, phones.stream().filter(java.util.Objects::isNull).count());
            assertEquals(4, phones.stream().filter(""::equals).count());
        }
    }

    @Test
    void aRunningStatementCanBeCancelled(Sandbox sandbox) throws Exception {
        QuerySession session = QuerySession.open(Databases.source(sandbox, SampleDatabases.APP_DB));
        long start = System.nanoTime();
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                session.execute("SELECT SLEEP(30), 1");
                session.fetch(10);
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                session.close();
            }
        });
        Thread.sleep(1000);
        session.cancel();
        Throwable outcome = run.get(20, TimeUnit.SECONDS);
        assertTrue(outcome instanceof CancellationException, String.valueOf(outcome));
        assertTrue((System.nanoTime() - start) / 1e9 < 15, "stopped long before SLEEP(30) ended");
    }

    @Test
    void aSyntaxErrorNamesTheServerMessageAndThePosition(Sandbox sandbox) {
        JdbcSource source = Databases.source(sandbox, SampleDatabases.APP_DB);
        String sql = "SELECT *\nFORM Customers";
        SqlFailure failure = assertThrows(SqlFailure.class, () -> QuerySession.run(source, sql));
        assertTrue(failure.getMessage().startsWith("MySQL error 1064: You have an error in your SQL syntax"), failure.getMessage());
        assertEquals(sql.indexOf("FORM"), failure.position());
    }

    @Test
    void completionKnowsTablesColumnsAndAliases(Sandbox sandbox) throws Exception {
        Schema schema;
        try (Connection c = Databases.connect(sandbox, SampleDatabases.APP_DB)) {
            schema = new SchemaReader(c).read(SampleDatabases.APP_DB);
        }
        SqlCompletion completion = new SqlCompletion(schema);
        String script = "SELECT o. FROM Orders o JOIN OrderLines l ON l.ord_id = o.ord_id";
        List<SqlCompletion.Suggestion> afterDot = completion.suggest(script, script.indexOf("o.") + 2);
        assertEquals(List.of("ord_id", "cust_id", "rep_id", "ord_date", "ship_date", "last_updated"),
                afterDot.stream().map(SqlCompletion.Suggestion::text).toList());
        assertTrue(afterDot.get(0).detail().startsWith("varchar(20)"));
        String typing = "SELECT * FROM Ord";
        assertEquals(List.of("OrderLines", "Orders"), completion.suggest(typing, typing.length()).stream()
                .filter(s -> s.kind() == SqlCompletion.Kind2.TABLE).map(SqlCompletion.Suggestion::text).sorted().toList());
        List<JoinHints.Hint> hints = JoinHints.forStatement(schema, "SELECT * FROM OrderLines l");
        assertTrue(hints.stream().anyMatch(h -> h.join().equals("JOIN Orders o ON l.ord_id = o.ord_id")), hints.toString());
    }

    @Test
    void previewMapsTheFirstRowsWithTheKeysTheDesignWouldPick(Sandbox sandbox) {
        JdbcSource source = Databases.source(sandbox, SampleDatabases.APP_DB);
        ItemPreview.Preview preview = ItemPreview.preview(source, "SELECT c.cust_id, o.ord_id, c.name, o.ord_date, c.phone "
                + "FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id ORDER BY o.ord_id", 3);
        assertEquals("cust_id", preview.design().key().partitionKey().attribute());
        assertEquals("ord_id", preview.design().key().sortKey().attribute());
        assertEquals(3, preview.items().size());
        ItemPreview.Item first = preview.items().get(0);
        assertNull(first.reject());
        assertTrue(first.json().startsWith("{\"Item\":{\"cust_id\":{\"S\":\"0007\"},\"ord_id\":{\"S\":\"0001\"}"), first.json());
        assertTrue(first.json().contains("\"ord_date\":{\"S\":\"2023-10-31T00:00:00\"}"), first.json());
        assertTrue(first.bytes() > 20);
    }

    @Test
    void formattedSampleQueriesReturnTheSameRows(Sandbox sandbox) {
        JdbcSource source = Databases.source(sandbox, SampleDatabases.APP_DB);
        for (SampleQuery sample : SampleQueries.all()) {
            String sql = SqlStatements.split(sample.sql()).get(0).of(sample.sql());
            assertEquals(rows(source, sql), rows(source, SqlFormatter.format(sql)), sample.file());
        }
    }

    private static List<String> rows(JdbcSource source, String sql) {
        try (QuerySession session = QuerySession.run(source, sql)) {
            return session.fetch(10_000).rows().stream().map(java.util.Arrays::toString).sorted().toList();
        }
    }
}
