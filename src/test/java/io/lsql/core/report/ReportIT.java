package io.lsql.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.design.DesignService;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report model of app_db, built from the live schema and its real rows, and its JSON and Markdown renderings. */
@IntegrationTest
class ReportIT {

    static final String DB = "report_db";
    static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    private static Report report;

    @BeforeAll
    static void buildTheReport(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
        report = appDb(sandbox);
    }

    static Report appDb(Sandbox sandbox) {
        return new ReportService(new DesignService(), Clock.fixed(AT, ZoneOffset.UTC))
                .build(Databases.source(sandbox, DB), ReportRequest.live(), ProgressListener.NONE, new CancellationToken());
    }

    @Test
    void describesEveryTableTargetAndSection() {
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
    void writesJsonAndMarkdown() throws Exception {
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

    @Test
    void theNoSqlWorkbenchModelHasThePublicShapeAndRoundTrips() throws Exception {
        byte[] exported = NoSqlWorkbenchModel.export(report);
        JsonNode model = new ObjectMapper().readTree(exported);
        assertEquals(List.of("ModelName", "ModelMetadata", "DataModel"), names(model));
        assertEquals(List.of("Author", "DateCreated", "DateLastModified", "Description", "AWSService", "Version"),
                names(model.get("ModelMetadata")));
        assertEquals("3.0", model.get("ModelMetadata").get("Version").asText());
        assertEquals("Nov 27, 2026, 12:00 PM", model.get("ModelMetadata").get("DateCreated").asText());
        JsonNode lines = null;
        for (JsonNode table : model.get("DataModel")) {
            if (table.get("TableName").asText().equals("OrderLines")) {
                lines = table;
            }
        }
        assertEquals(List.of("TableName", "KeyAttributes", "NonKeyAttributes", "GlobalSecondaryIndexes", "TableData", "DataAccess",
            "BillingMode"), names(lines));
        assertEquals("ord_id", lines.get("KeyAttributes").get("PartitionKey").get("AttributeName").asText());
        assertEquals("S", lines.get("KeyAttributes").get("PartitionKey").get("AttributeType").asText());
        assertTrue(lines.get("NonKeyAttributes").toString().contains("{\"AttributeName\":\"qty\",\"AttributeType\":\"N\"}"),
                lines.get("NonKeyAttributes").toString());
        assertEquals("ALL", lines.get("GlobalSecondaryIndexes").get(0).get("Projection").get("ProjectionType").asText());
        assertTrue(lines.get("TableData").get(0).get("ord_id").has("S"), "typed DynamoDB JSON");
        assertEquals("PAY_PER_REQUEST", lines.get("BillingMode").asText());
        assertTrue(new String(exported, StandardCharsets.UTF_8).contains("\"ModelName\": \"" + DB + "\""), "\"name\": value, as NoSQL Workbench writes");

        io.lsql.core.plan.Plan imported = NoSqlWorkbenchModel.importInto(report.plan(), exported, "model.json");
        assertEquals(report.plan().targets(), imported.targets(), "a model of the plan changes nothing in it");
        List<TargetReport> targets = report.targets().stream()
                .map(t -> t.withKeysOf(imported.target(t.table()).orElseThrow())).toList();
        Report again = new Report(report.header(), report.summary(), report.schema(), targets, report.proposal(), report.cost(), report.run(), imported);
        assertArrayEquals(exported, NoSqlWorkbenchModel.export(again));
    }

    @Test
    void theCloudFormationTemplateDeploysOnMotoWithEveryTableKeyAndIndex(Sandbox sandbox) throws Exception {
        List<io.lsql.core.plan.Target> renamed = report.plan().targets().stream().map(t -> t.withTable("cfn_" + t.table())).toList();
        Report prefixed = new Report(report.header(), report.summary(), report.schema(), report.targets(), report.proposal(), report.cost(), null,
                report.plan().withTargets(renamed));
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        ReportWriter.write(prefixed, ReportFormat.CLOUDFORMATION, template);
        AwsTarget aws = Databases.aws(sandbox);
        try (CloudFormationClient cfn = CloudFormationClient.builder().region(Region.of(Sandbox.REGION))
                .endpointOverride(URI.create(sandbox.moto().endpoint()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(SandboxInfo.ACCESS_KEY, SandboxInfo.SECRET_KEY)))
                .build(); DynamoDbClient dynamo = aws.dynamoDb()) {
            cfn.createStack(b -> b.stackName("lsql-report-it").templateBody(template.toString(StandardCharsets.UTF_8)));
            StackStatus status = cfn.describeStacks(b -> b.stackName("lsql-report-it")).stacks().get(0).stackStatus();
            for (int i = 0; i < 100 && status == StackStatus.CREATE_IN_PROGRESS; i++) {
                Thread.sleep(100);
                status = cfn.describeStacks(b -> b.stackName("lsql-report-it")).stacks().get(0).stackStatus();
            }
            assertEquals(StackStatus.CREATE_COMPLETE, status);
            for (io.lsql.core.plan.Target target : renamed) {
                TableDescription table = dynamo.describeTable(b -> b.tableName(target.table())).table();
                assertEquals(target.partitionKey().name(), table.keySchema().get(0).attributeName(), target.table());
                assertEquals(target.sortKey() == null ? 1 : 2, table.keySchema().size(), target.table());
                assertEquals(target.indexes().stream().map(io.lsql.core.plan.Index::name).sorted().toList(),
                        table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName).sorted().toList(), target.table());
            }
        }
    }

    @Test
    void theHtmlReportIsSelfContainedAndTheSameButForTheTime(Sandbox sandbox) throws Exception {
        String first = html(report);
        Report later = new ReportService(new DesignService(), Clock.fixed(AT.plusSeconds(3723), ZoneOffset.UTC))
                .build(Databases.source(sandbox, DB), ReportRequest.live(), ProgressListener.NONE, new CancellationToken());
        String second = html(later);
        assertEquals(withoutTime(first, report), withoutTime(second, later));

        Document page = Jsoup.parse(first);
        assertTrue(page.select("script, link[rel=stylesheet], iframe, object, embed").isEmpty());
        for (Element element : page.select("[src], [href]")) {
            String target = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            assertTrue(target.startsWith("#") || target.startsWith("data:"), "external reference " + target);
        }
        String schema = page.getElementById("schema").text();
        for (String table : List.of("Customers", "Products", "Reps", "Orders", "OrderLines", "vCustOrders")) {
            assertTrue(schema.contains(table), table + " in the schema section");
        }
        for (String table : List.of("Customers", "Products", "Reps", "Orders", "OrderLines")) {
            assertNotNull(page.getElementById("table-" + table).selectFirst("pre"), "a sample item of " + table);
        }
        assertEquals(4, page.select("#schema svg line").size(), "one line per foreign key of app_db");
        for (String section : List.of("header", "summary", "schema", "targets", "cost", "appendices")) {
            assertNotNull(page.getElementById(section), section);
        }
        assertEquals(6, page.select("#appendices a[download]").size());
        String nwb = java.net.URLDecoder.decode(page.selectFirst("#appendices a[download$=.nwb.json]").attr("href")
                .substring("data:application/json;charset=utf-8,".length()), StandardCharsets.UTF_8);
        assertArrayEquals(NoSqlWorkbenchModel.export(report), nwb.getBytes(StandardCharsets.UTF_8));
    }

    private static String html(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(report, ReportFormat.HTML, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The page with its generation time taken out: the header's, and the NoSQL Workbench model's dates in its data: link. */
    private static String withoutTime(String html, Report report) throws Exception {
        String modelDate = new ObjectMapper().readTree(NoSqlWorkbenchModel.export(report)).get("ModelMetadata").get("DateCreated").asText();
        String encoded = java.net.URLEncoder.encode("\"" + modelDate + "\"", StandardCharsets.UTF_8).replace("+", "%20");
        return html.replace(report.header().generatedAt(), "").replace(encoded, "");
    }

    @Test
    void aStageWithARunAddsItsRunReport(Sandbox sandbox, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        io.lsql.core.plan.Target reps = report.plan().target("Reps").orElseThrow().withTable("rr_Reps");
        String stage = dir.resolve("stage").toUri().toString();
        io.lsql.core.plan.Plan plan = report.plan().withTargets(List.of(reps)).withStage(stage);
        java.nio.file.Path planFile = dir.resolve("plan.json");
        io.lsql.core.plan.PlanFiles.write(plan, planFile);
        new io.lsql.core.run.PlanRunner(Databases.source(sandbox, DB), Databases.aws(sandbox), io.lsql.core.run.RunListener.NONE,
                new CancellationToken()).run(plan, false, false);

        Report withRun = new ReportService(new DesignService(), Clock.fixed(AT, ZoneOffset.UTC)).build(Databases.source(sandbox, DB),
                ReportRequest.live().withPlanFile(planFile).withStage(stage, Databases.aws(sandbox)), ProgressListener.NONE,
                new CancellationToken());
        io.lsql.core.run.RunReport.Line line = withRun.run().targets().get(0);
        assertEquals("rr_Reps", line.table());
        assertEquals(6, line.rows());
        assertEquals(Boolean.TRUE, line.verified());
        assertEquals(io.lsql.core.plan.PlanFiles.hash(plan), withRun.run().planHash());
        assertTrue(ReportMarkdown.text(withRun).contains("| rr_Reps | DONE |"), ReportMarkdown.text(withRun));
        assertNotNull(Jsoup.parse(html(withRun)).getElementById("run"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
