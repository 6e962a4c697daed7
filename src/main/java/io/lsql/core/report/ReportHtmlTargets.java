package io.lsql.core.report;

import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.Rationale;
import io.lsql.core.plan.KeyAttribute;

import java.util.List;
import java.util.Locale;

/** The per-table sections of the HTML report: keys, indexes, reasons, mapping, sample items, sizes and limits. */
final class ReportHtmlTargets {

    private final StringBuilder html;

    private ReportHtmlTargets(StringBuilder html) {
        this.html = html;
    }

    static void write(StringBuilder html, List<TargetReport> targets) {
        ReportHtmlTargets writer = new ReportHtmlTargets(html);
        html.append("<section id=\"targets\">\n<h2>DynamoDB tables</h2>\n");
        targets.forEach(writer::target);
        html.append("</section>\n");
    }

    private void target(TargetReport t) {
        html.append("<article id=\"table-").append(Html.escape(t.table())).append("\">\n<h3>").append(Html.escape(t.table())).append("</h3>\n<ul>\n");
        item("From", String.join(", ", t.sources()));
        item("Partition key", key(t.partitionKey()));
        item("Sort key", t.sortKey() == null ? "none" : key(t.sortKey()));
        t.keyTemplates().forEach(k -> item("Key template", k));
        item("TTL", t.ttlAttribute() == null ? "none" : t.ttlAttribute());
        item("Billing", t.billingMode() + ("PROVISIONED".equals(t.billingMode()) ? " (" + t.readCapacity() + " RCU, " + t.writeCapacity() + " WCU)" : "")
                + " · load " + t.load());
        html.append("</ul>\n");
        indexes(t.indexes());
        reasons(t.rationale(), t.alternatives());
        attributes(t.attributes());
        samples(t.samples());
        limits(t.limits());
        html.append("</article>\n");
    }

    private void item(String label, String value) {
        html.append("<li>").append(Html.escape(label)).append(": ").append(Html.escape(value)).append("</li>\n");
    }

    private void indexes(List<TargetReport.IndexReport> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        html.append("<h4>Global secondary indexes</h4>\n<table>\n<tr><th>index</th><th>partition key</th><th>sort key</th><th>projection</th>")
                .append("<th>sparse</th></tr>\n");
        for (TargetReport.IndexReport i : indexes) {
            ReportHtml.row(html, List.of(i.name(), key(i.partitionKey()), i.sortKey() == null ? "—" : key(i.sortKey()),
                    i.projection() + (i.nonKeyAttributes().isEmpty() ? "" : " " + i.nonKeyAttributes()), i.sparse() ? "yes" : "no"));
        }
        html.append("</table>\n");
    }

    private void reasons(List<Rationale> rationale, List<String> alternatives) {
        if (!rationale.isEmpty()) {
            html.append("<h4>Why</h4>\n<ul>\n");
            rationale.forEach(r -> html.append("<li><b>").append(Html.escape(r.subject())).append("</b> → ").append(Html.escape(r.choice()))
                    .append(": ").append(Html.escape(r.reason())).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (!alternatives.isEmpty()) {
            html.append("<h4>Alternatives considered</h4>\n<ul>\n");
            alternatives.forEach(a -> html.append("<li>").append(Html.escape(a)).append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    private void attributes(List<TargetReport.AttributeRow> rows) {
        html.append("<h4>Column → attribute</h4>\n<table>\n<tr><th>source</th><th>column</th><th>MySQL type</th><th>attribute</th><th>type</th>")
                .append("<th>transform</th></tr>\n");
        for (TargetReport.AttributeRow a : rows) {
            ReportHtml.row(html, List.of(a.source(), a.column(), Figures.orDash(a.sourceType()), a.attribute() == null ? "(dropped)" : a.attribute(),
                    Figures.orDash(a.type()), a.transform()));
        }
        html.append("</table>\n");
    }

    private void samples(List<TargetReport.SampleItem> samples) {
        if (samples.isEmpty()) {
            return;
        }
        html.append("<h4>Sample items</h4>\n");
        for (TargetReport.SampleItem s : samples) {
            html.append("<p>").append(s.index() == null ? "Table" : "Index " + Html.escape(s.index())).append(", key attributes ");
            s.keys().forEach(k -> html.append("<span class=\"key\">").append(Html.escape(k)).append("</span> "));
            html.append("</p>\n<pre>").append(Html.escape(s.json())).append("</pre>\n");
        }
    }

    private void limits(TargetReport.Limits l) {
        html.append("<h4>Sizes and limits</h4>\n<ul>\n");
        item("Item size", String.format(Locale.ROOT, "p50 %,d B · p95 %,d B · max %,d B of %,d B allowed, over %,d sampled items", l.p50(), l.p95(),
                l.max(), l.maxItemBytes(), l.sampledItems()));
        l.largestKeys().forEach(k -> item("Long partition key", String.format(Locale.ROOT, "%s: %,d B of 2,048 B", k.key(), k.bytes())));
        l.hotKeys().forEach(k -> item("Partition key share", String.format(Locale.ROOT, "%s: %,d items, %s of the sample", k.key(), k.items(),
                Figures.percent(k.share()))));
        html.append("</ul>\n");
        if (!l.warnings().isEmpty()) {
            html.append("<ul>\n");
            for (DesignWarning w : l.warnings()) {
                html.append("<li class=\"").append(w.severity().name().toLowerCase(Locale.ROOT)).append("\">").append(w.severity()).append(" <code>")
                        .append(Html.escape(w.code())).append("</code> ").append(Html.escape(w.subject())).append(": ")
                        .append(Html.escape(w.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    private static String key(KeyAttribute key) {
        return key.name() + " (" + key.type().id() + ")";
    }
}
