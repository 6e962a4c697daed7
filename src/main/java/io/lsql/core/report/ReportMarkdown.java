package io.lsql.core.report;

import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Money;
import io.lsql.core.cost.TargetCost;
import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.Rationale;
import io.lsql.core.plan.KeyAttribute;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The report as Markdown: every section of the HTML report but the diagram and the appendices. */
final class ReportMarkdown {

    private final StringBuilder md = new StringBuilder();

    private ReportMarkdown() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        out.write(text(report).getBytes(StandardCharsets.UTF_8));
    }

    static String text(Report report) {
        ReportMarkdown writer = new ReportMarkdown();
        writer.header(report.header());
        writer.summary(report.summary());
        writer.schema(report.schema());
        report.targets().forEach(writer::target);
        if (report.proposal() != null) {
            writer.md.append("\n## Access patterns and the proposal\n\n").append(report.proposal().markdown());
        }
        writer.cost(report.cost());
        if (report.run() != null) {
            writer.md.append("\n## Run\n\n").append(report.run().markdown().replaceFirst("^# [^\n]*\n", ""));
        }
        return writer.md.toString();
    }

    private void header(Report.Header h) {
        md.append("# Design report: `").append(h.database()).append("`\n\n");
        md.append("- Source: ").append(h.database()).append(" on ").append(h.serverVersion()).append('\n');
        md.append("- Target: ").append(h.region() == null ? "region from the AWS chain" : h.region())
                .append(h.endpoint() == null ? "" : " at " + h.endpoint()).append('\n');
        md.append("- Tool: lsql ").append(h.toolVersion()).append('\n');
        md.append("- Generated at: ").append(h.generatedAt()).append('\n');
        md.append("- Plan SHA-256: `").append(h.planHash()).append("`\n");
    }

    private void summary(Report.Summary s) {
        md.append("\n## Summary\n\n| tables | views | rows | data | DynamoDB tables | GSIs | blocking warnings | monthly cost |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d | %d | %,d | %s | %d | %d | %d | %s |%n", s.tables(), s.views(), s.rows(),
                Figures.bytes(s.dataBytes()), s.dynamoTables(), s.gsis(), s.blockingWarnings(), Money.usd(s.monthlyUsd())));
    }

    private void schema(List<SchemaTable> tables) {
        md.append("\n## Relational schema\n\n| table | kind | rows | primary key | foreign keys | DynamoDB table | item collection |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (SchemaTable t : tables) {
            md.append("| ").append(t.name()).append(" | ").append(t.kind()).append(" | ").append(t.rows() < 0 ? "—" : Figures.count(t.rows()))
                    .append(" | ").append(String.join(", ", t.primaryKey())).append(" | ")
                    .append(String.join("; ", t.foreignKeys().stream().map(Figures::relation).toList())).append(" | ")
                    .append(t.target() == null ? "—" : t.target()).append(" | ").append(t.itemCollection() == null ? "" : "yes, in " + t.itemCollection())
                    .append(" |\n");
        }
    }

    private void target(TargetReport t) {
        md.append("\n## ").append(t.table()).append("\n\n");
        md.append("- From: ").append(String.join(", ", t.sources())).append('\n');
        md.append("- Partition key: ").append(key(t.partitionKey())).append('\n');
        md.append("- Sort key: ").append(t.sortKey() == null ? "none" : key(t.sortKey())).append('\n');
        t.keyTemplates().forEach(k -> md.append("  - `").append(k).append("`\n"));
        md.append("- TTL: ").append(t.ttlAttribute() == null ? "none" : "`" + t.ttlAttribute() + "`").append('\n');
        md.append("- Billing: ").append(t.billingMode()).append(" · load: ").append(t.load()).append('\n');
        if (!t.indexes().isEmpty()) {
            md.append("\n### Global secondary indexes\n\n| index | partition key | sort key | projection | sparse |\n|---|---|---|---|---|\n");
            for (TargetReport.IndexReport i : t.indexes()) {
                md.append("| ").append(i.name()).append(" | ").append(key(i.partitionKey())).append(" | ")
                        .append(i.sortKey() == null ? "—" : key(i.sortKey())).append(" | ").append(i.projection())
                        .append(i.nonKeyAttributes().isEmpty() ? "" : " " + i.nonKeyAttributes()).append(" | ").append(i.sparse() ? "yes" : "no")
                        .append(" |\n");
            }
        }
        reasons(t.rationale(), t.alternatives());
        attributes(t.attributes());
        samples(t.samples());
        limits(t.limits());
    }

    private void reasons(List<Rationale> rationale, List<String> alternatives) {
        if (!rationale.isEmpty()) {
            md.append("\n### Why\n\n");
            rationale.forEach(r -> md.append("- **").append(r.subject()).append("** → ").append(Figures.cell(r.choice())).append(": ")
                    .append(Figures.cell(r.reason())).append('\n'));
        }
        if (!alternatives.isEmpty()) {
            md.append("\n### Alternatives considered\n\n");
            alternatives.forEach(a -> md.append("- ").append(Figures.cell(a)).append('\n'));
        }
    }

    private void attributes(List<TargetReport.AttributeRow> rows) {
        md.append("\n### Column → attribute\n\n| source | column | MySQL type | attribute | type | transform |\n|---|---|---|---|---|---|\n");
        for (TargetReport.AttributeRow a : rows) {
            md.append("| ").append(a.source()).append(" | ").append(a.column()).append(" | ").append(Figures.orDash(a.sourceType()))
                    .append(" | ").append(a.attribute() == null ? "(dropped)" : a.attribute()).append(" | ").append(Figures.orDash(a.type()))
                    .append(" | ").append(a.transform()).append(" |\n");
        }
    }

    private void samples(List<TargetReport.SampleItem> samples) {
        if (samples.isEmpty()) {
            return;
        }
        md.append("\n### Sample items\n");
        for (TargetReport.SampleItem s : samples) {
            md.append("\n").append(s.index() == null ? "Table" : "Index " + s.index()).append(", keys ").append(String.join(", ", s.keys()))
                    .append(":\n\n```json\n").append(s.json()).append("\n```\n");
        }
    }

    private void limits(TargetReport.Limits l) {
        md.append("\n### Sizes and limits\n\n");
        md.append(String.format(Locale.ROOT, "- Item size over %,d sampled items: p50 %,d B, p95 %,d B, max %,d B (limit %,d B)%n",
                l.sampledItems(), l.p50(), l.p95(), l.max(), l.maxItemBytes()));
        l.largestKeys().forEach(k -> md.append(String.format(Locale.ROOT, "- Long partition key `%s`: %,d B (limit 2,048 B)%n", k.key(), k.bytes())));
        l.hotKeys().forEach(k -> md.append(String.format(Locale.ROOT, "- Partition key `%s`: %,d items, %s of the sample%n", k.key(),
                k.items(), Figures.percent(k.share()))));
        for (DesignWarning w : l.warnings()) {
            md.append("- ").append(w.severity()).append(" `").append(w.code()).append("` ").append(Figures.cell(w.subject())).append(": ")
                    .append(Figures.cell(w.message())).append('\n');
        }
    }

    private void cost(CostEstimate cost) {
        md.append("\n## Cost\n\nPrices: ").append(cost.prices().label()).append(".\n\n")
                .append("| table | items | storage GB | storage / month | BatchWriteItem load | ImportTable load | on-demand / month | provisioned / month |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (TargetCost t : cost.targets()) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s (%,d WRU) | %s | %s | %s (%,d WCU, %,d RCU) |%n", t.table(), t.items(),
                    Money.gigabytes(t.storageGb()), Money.usd(t.storageUsdPerMonth()), Money.usd(t.batchWriteUsd()), t.batchWriteUnits(),
                    Money.usd(t.importUsd()), Money.usd(t.onDemandUsdPerMonth()), Money.usd(t.provisionedUsdPerMonth()), t.provisionedWcu(),
                    t.provisionedRcu()));
        }
        md.append(String.format(Locale.ROOT, "%nTraffic: %s reads/s, %s writes/s per table; sizes from up to %,d rows per source.%s%n",
                Figures.rate(cost.rates().readsPerSecond()), Figures.rate(cost.rates().writesPerSecond()), cost.sampleRows(),
                cost.prices().toConfirm().isEmpty() ? "" : " Prices to confirm: " + String.join(", ", cost.prices().toConfirm()) + "."));
    }

    private static String key(KeyAttribute key) {
        return "`" + key.name() + "` (" + key.type().id() + ")";
    }
}
