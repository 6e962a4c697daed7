package io.lsql.ui.reports;

import io.lsql.core.cost.Money;
import io.lsql.core.cost.TargetCost;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.report.Report;
import io.lsql.core.report.SchemaTable;
import io.lsql.core.report.TargetReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The sections of a built report, in the order the report shows them, each with what it holds in a few words. */
final class ReportSections {

    private ReportSections() {
    }

    static List<ReportSection> of(Report report) {
        List<ReportSection> sections = new ArrayList<>();
        Report.Header h = report.header();
        sections.add(ReportSection.leaf("Header", h.database() + " on " + h.serverVersion() + " · lsql " + h.toolVersion() + " · "
                + h.generatedAt(), "# Design report"));
        Report.Summary s = report.summary();
        sections.add(ReportSection.leaf("Summary", String.format(Locale.ROOT, "%d tables, %d views, %,d rows, %d DynamoDB tables, %d GSIs, "
                + "%d blocking warnings, %s/month", s.tables(), s.views(), s.rows(), s.dynamoTables(), s.gsis(), s.blockingWarnings(),
                Money.usd(s.monthlyUsd())), "\n## Summary\n"));
        sections.add(new ReportSection("Relational schema", report.schema().size() + " tables and views", List.of("\n## Relational schema\n"),
                report.schema().stream().map(ReportSections::schemaTable).toList()));
        sections.add(perTarget(report, "DynamoDB tables", ReportSections::keys, t -> null));
        sections.add(perTarget(report, "Sample items", t -> t.samples().size() + " item(s)",
                t -> t.samples().isEmpty() ? null : "\n### Sample items\n"));
        sections.add(perTarget(report, "Sizes and limits", ReportSections::limits, t -> "\n### Sizes and limits\n"));
        sections.add(new ReportSection("Cost", report.cost().prices().label(), List.of("\n## Cost\n"),
                report.cost().targets().stream().map(ReportSections::cost).toList()));
        if (report.run() != null) {
            sections.add(ReportSection.leaf("Run", report.run().runId() + ": " + report.run().state() + " in " + report.run().seconds() + " s",
                    "\n## Run\n"));
        }
        return sections;
    }

    private static ReportSection schemaTable(SchemaTable t) {
        String detail = t.kind() + (t.target() == null ? "" : " → " + t.target()) + (t.itemCollection() == null ? "" : ", item collection");
        return ReportSection.leaf(t.name(), detail, "\n## Relational schema\n", "\n| " + t.name() + " |");
    }

    /** One child per target; {@code subheading} is the heading under the target's own where the part starts, or null. */
    private static ReportSection perTarget(Report report, String title, Function<TargetReport, String> detail,
                                           Function<TargetReport, String> subheading) {
        List<ReportSection> children = report.targets().stream().map(t -> {
            String heading = "\n## " + t.table() + "\n";
            String under = subheading.apply(t);
            return under == null ? ReportSection.leaf(t.table(), detail.apply(t), heading)
                    : ReportSection.leaf(t.table(), detail.apply(t), heading, under);
        }).toList();
        List<String> anchors = children.isEmpty() ? List.of() : children.get(0).anchors();
        return new ReportSection(title, report.targets().size() + " table(s)", anchors, children);
    }

    private static String keys(TargetReport t) {
        return "PK " + key(t.partitionKey()) + (t.sortKey() == null ? "" : ", SK " + key(t.sortKey())) + ", " + t.indexes().size()
                + " GSI(s), " + t.billingMode();
    }

    private static String key(KeyAttribute key) {
        return key.name() + " (" + key.type().id() + ")";
    }

    private static String limits(TargetReport t) {
        TargetReport.Limits l = t.limits();
        return String.format(Locale.ROOT, "p50 %,d B, p95 %,d B, max %,d B, %d warning(s)", l.p50(), l.p95(), l.max(), l.warnings().size());
    }

    private static ReportSection cost(TargetCost t) {
        return ReportSection.leaf(t.table(), Money.usd(t.monthlyUsd()) + "/month", "\n## Cost\n", "\n| " + t.table() + " |");
    }
}
