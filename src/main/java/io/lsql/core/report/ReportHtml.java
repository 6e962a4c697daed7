package io.lsql.core.report;

import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Money;
import io.lsql.core.cost.TargetCost;
import io.lsql.core.plan.DmsMappings;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.run.RunReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML file: inline CSS, an inline SVG of the schema, no script, nothing fetched,
 * and the other formats embedded as data: links in the appendices. Two reports of one plan and database differ
 * only in the generation time (shown once in the header, and in the NoSQL Workbench model's dates).
 */
final class ReportHtml {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;margin:0 auto;max-width:1100px;padding:24px;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:4px}h2{border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:2em}
            table{border-collapse:collapse;margin:8px 0;font-size:.92em}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;min-width:120px}
            .card b{display:block;font-size:1.4em}.warn{color:#9a6700}.error{color:#cf222e}.key{font-weight:bold;color:#0969da}
            pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:.85em}.muted{color:#656d76}nav a{margin-right:12px}
            .diagram{overflow:auto;border:1px solid #d0d7de;padding:8px}
            """;

    private final StringBuilder html = new StringBuilder();
    private final Report report;

    private ReportHtml(Report report) {
        this.report = report;
    }

    static void write(Report report, OutputStream out) throws IOException {
        out.write(text(report).getBytes(StandardCharsets.UTF_8));
    }

    static String text(Report report) {
        ReportHtml page = new ReportHtml(report);
        page.page();
        return page.html.toString();
    }

    private void page() {
        Report.Header h = report.header();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Design report: ")
                .append(Html.escape(h.database())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h);
        summary(report.summary());
        schema();
        ReportHtmlTargets.write(html, report.targets());
        ReportHtmlProposal.write(html, report.proposal());
        cost(report.cost());
        run(report.run());
        appendices();
        html.append("</body>\n</html>\n");
    }

    private void header(Report.Header h) {
        html.append("<header id=\"header\">\n<h1>Design report: ").append(Html.escape(h.database())).append("</h1>\n<p class=\"muted\">Source ")
                .append(Html.escape(h.database())).append(" on ").append(Html.escape(h.serverVersion())).append(" · target ")
                .append(Html.escape(h.region() == null ? "region from the AWS chain" : h.region()))
                .append(h.endpoint() == null ? "" : " at " + Html.escape(h.endpoint())).append(" · lsql ").append(Html.escape(h.toolVersion()))
                .append(" · generated at <time id=\"generated-at\">").append(Html.escape(h.generatedAt())).append("</time> · plan SHA-256 <code>")
                .append(Html.escape(h.planHash())).append("</code></p>\n<nav><a href=\"#summary\">Summary</a><a href=\"#schema\">Schema</a>")
                .append("<a href=\"#targets\">Tables</a><a href=\"#cost\">Cost</a>").append(report.run() == null ? "" : "<a href=\"#run\">Run</a>")
                .append("<a href=\"#appendices\">Appendices</a></nav>\n</header>\n");
    }

    private void summary(Report.Summary s) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        card("tables", Figures.count(s.tables()));
        card("views", Figures.count(s.views()));
        card("rows", Figures.count(s.rows()));
        card("data size", Figures.bytes(s.dataBytes()));
        card("DynamoDB tables", Figures.count(s.dynamoTables()));
        card("GSIs", Figures.count(s.gsis()));
        card("blocking warnings", Figures.count(s.blockingWarnings()));
        card("monthly cost", Money.usd(s.monthlyUsd()));
        html.append("</div>\n</section>\n");
    }

    private void card(String label, String value) {
        html.append("<div class=\"card\"><b>").append(Html.escape(value)).append("</b>").append(Html.escape(label)).append("</div>\n");
    }

    private void schema() {
        html.append("<section id=\"schema\">\n<h2>Relational schema</h2>\n<p class=\"muted\">Green boxes: tables whose rows became item ")
                .append("collections; purple: views; lines: foreign keys (child below parent).</p>\n<div class=\"diagram\">\n")
                .append(SchemaSvg.of(report.schema())).append("</div>\n<table>\n<tr><th>table</th><th>kind</th><th>rows</th><th>primary key</th>")
                .append("<th>foreign keys</th><th>DynamoDB table</th><th>item collection</th></tr>\n");
        for (SchemaTable t : report.schema()) {
            row(t.name(), t.kind(), t.rows() < 0 ? "—" : Figures.count(t.rows()), String.join(", ", t.primaryKey()),
                    String.join("; ", t.foreignKeys().stream().map(Figures::relation).toList()), Figures.orDash(t.target()),
                    t.itemCollection() == null ? "" : "yes, in " + t.itemCollection());
        }
        html.append("</table>\n</section>\n");
    }

    private void cost(CostEstimate cost) {
        html.append("<section id=\"cost\">\n<h2>Cost</h2>\n<p>Prices: ").append(Html.escape(cost.prices().label())).append(".")
                .append(cost.prices().toConfirm().isEmpty() ? "" : " To confirm: " + Html.escape(String.join(", ", cost.prices().toConfirm())) + ".")
                .append("</p>\n<table>\n<tr><th>table</th><th>items</th><th>storage GB</th><th>storage / month</th><th>BatchWriteItem load</th>")
                .append("<th>ImportTable load</th><th>on-demand / month</th><th>provisioned / month</th></tr>\n");
        for (TargetCost t : cost.targets()) {
            row(t.table(), Figures.count(t.items()) + (t.itemsExact() ? "" : " (est.)"), Money.gigabytes(t.storageGb()),
                    Money.usd(t.storageUsdPerMonth()), Money.usd(t.batchWriteUsd()) + " (" + Figures.count(t.batchWriteUnits()) + " WRU)",
                    Money.usd(t.importUsd()) + " (" + Money.gigabytes(t.importGb()) + " GB)", Money.usd(t.onDemandUsdPerMonth()),
                    Money.usd(t.provisionedUsdPerMonth()) + " (" + t.provisionedWcu() + " WCU, " + t.provisionedRcu() + " RCU)");
        }
        html.append("</table>\n<p class=\"muted\">").append(String.format(Locale.ROOT, "Traffic %s reads/s and %s writes/s per table; "
                + "item sizes from up to %,d rows per source, by DynamoDB's formula (attribute names count, 100 bytes of overhead per stored item).",
                Figures.rate(cost.rates().readsPerSecond()), Figures.rate(cost.rates().writesPerSecond()), cost.sampleRows())).append("</p>\n</section>\n");
    }

    private void run(RunReport run) {
        if (run == null) {
            return;
        }
        html.append("<section id=\"run\">\n<h2>Run ").append(Html.escape(run.runId())).append("</h2>\n<p>").append(Html.escape(run.state().toString()))
                .append(" · stage ").append(Html.escape(run.stage())).append(" · started ").append(Html.escape(run.startedAt()))
                .append("</p>\n<table>\n<tr><th>table</th><th>state</th><th>load</th><th>rows</th><th>items</th><th>rejects</th><th>verified</th>")
                .append("<th>export s</th><th>load s</th><th>verify s</th><th>error</th></tr>\n");
        for (RunReport.Line l : run.targets()) {
            row(l.table(), l.state().toString(), l.load(), Figures.count(l.rows()), Figures.count(l.items()), Figures.count(l.rejects()),
                    l.verified() == null ? "—" : l.verified() ? "yes" : "NO", String.valueOf(l.exportSeconds()), String.valueOf(l.loadSeconds()),
                    String.valueOf(l.verifySeconds()), Figures.orDash(l.error()));
        }
        html.append("</table>\n</section>\n");
    }

    private void appendices() {
        html.append("<section id=\"appendices\">\n<h2>Appendices</h2>\n<ul>\n");
        String db = report.header().database();
        link("NoSQL Workbench data model", db + ReportFormat.NWB.extension(), "application/json", NoSqlWorkbenchModel.export(report));
        link("CloudFormation template", db + ReportFormat.CLOUDFORMATION.extension(), "application/json", CloudFormationTemplate.of(report));
        link("AWS CDK stack (TypeScript)", db + ReportFormat.CDK.extension(), "text/plain", CdkStack.of(report));
        link("Terraform", db + ReportFormat.TERRAFORM.extension(), "text/plain", TerraformConfig.of(report));
        link("AWS DMS table mappings", DmsMappings.TABLE_MAPPINGS, "application/json",
                DmsMappings.of(report.plan(), db).tableMappings().getBytes(StandardCharsets.UTF_8));
        link("Migration plan", "plan.json", "application/json", PlanFiles.bytes(report.plan()));
        html.append("</ul>\n</section>\n");
    }

    private void link(String label, String fileName, String mediaType, byte[] content) {
        html.append("<li><a download=\"").append(Html.escape(fileName)).append("\" href=\"").append(Html.escape(Html.dataUri(mediaType, content)))
                .append("\">").append(Html.escape(label)).append("</a> <span class=\"muted\">").append(Html.escape(fileName)).append(", ")
                .append(Figures.bytes(content.length)).append("</span></li>\n");
    }

    private void row(String... cells) {
        row(html, List.of(cells));
    }

    static void row(StringBuilder html, List<String> cells) {
        html.append("<tr>");
        cells.forEach(c -> html.append("<td>").append(Html.escape(c)).append("</td>"));
        html.append("</tr>\n");
    }
}
