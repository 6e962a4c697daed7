package io.lsql.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.design.DesignService;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report model of app_db, built from the live schema and its real rows, and its JSON and Markdown renderings. */
@IntegrationTest
class ReportIT {

    static final String DB = "report_db";
    static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
    }

    static Report appDb(Sandbox sandbox) {
        return new ReportService(new DesignService(), Clock.fixed(AT, ZoneOffset.UTC))
                .build(Databases.source(sandbox, DB), ReportRequest.live(), ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void describesEveryTableTargetAndSection(Sandbox sandbox) {
        Report report = appDb(sandbox);
        assertEquals(DB, report.header().database());
        assertEquals("2026-11-27T12:00:00Z", report.header().generatedAt());
        assertEquals(64, report.header().planHash().length());
        assertTrue(report.schema().stream().map(SchemaTable::name).toList()
                .containsAll(List.of("Customers", "Products", "Reps", "Orders", "OrderLines", "vCustOrders")), report.schema().toString());
        assertEquals(report.summary().dynamoTables(), report.targets().size());
        SchemaTable orderLines = report.schema().stream().filter(t -> t.name().equals("OrderLines")).findFirst().orElseThrow();
        assertEquals("OrderLines", orderLines.itemCollection(), "its partition key is the ord_FK column, its sort key the line");
        assertNull(report.schema().stream().filter(t -> t.name().equals("Customers")).findFirst().orElseThrow().itemCollection());
        TargetReport lines = report.targets().stream().filter(t -> t.table().equals("OrderLines")).findFirst().orElseThrow();
        assertEquals("ord_id", lines.partitionKey().name());
        assertEquals(20, lines.limits().sampledItems());
        assertTrue(lines.limits().p50() > 0 && lines.limits().max() < lines.limits().maxItemBytes());
        // orders 0001-0005 hold four lines each: every partition key value has a fifth of the items
        assertEquals(0.2, lines.limits().hotKeys().get(0).share(), 1e-9);
        assertTrue(lines.samples().stream().anyMatch(s -> s.index() == null && s.json().contains("\"ord_line_id\"")));
        assertTrue(lines.samples().stream().anyMatch(s -> s.index() != null), "a sample item per GSI");
        assertTrue(lines.attributes().stream().anyMatch(a -> a.column().equals("qty") && a.sourceType().startsWith("int")), lines.attributes().toString());
        assertTrue(!lines.rationale().isEmpty() && !lines.alternatives().isEmpty());
        assertEquals(report.targets().size(), report.cost().targets().size());
        assertNull(report.run());
    }

    @Test
    void writesJsonAndMarkdown(Sandbox sandbox) throws Exception {
        Report report = appDb(sandbox);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportWriter.write(report, ReportFormat.JSON, json);
        JsonNode node = new ObjectMapper().readTree(json.toByteArray());
        for (String section : List.of("header", "summary", "schema", "targets", "cost", "plan")) {
            assertNotNull(node.get(section), section);
        }
        assertEquals("us-east-1", node.get("cost").get("prices").get("region").asText());
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        ReportWriter.write(report, ReportFormat.MD, md);
        String text = md.toString(StandardCharsets.UTF_8);
        for (String heading : List.of("# Design report: `" + DB + "`", "## Summary", "## Relational schema", "## OrderLines", "### Sample items",
            "### Sizes and limits", "## Cost", "Prices: us-east-1 list prices as of 2024-11-01")) {
            assertTrue(text.contains(heading), heading + " in\n" + text);
        }
    }
}
