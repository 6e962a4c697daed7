package io.lsql.core.report;

import io.lsql.core.proposal.ProposalSummary;
import io.lsql.core.proposal.ProposalTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The HTML report's access-pattern section: the proposal's ranking, then each shown candidate's table. */
final class ReportHtmlProposal {

    private final StringBuilder html;

    private ReportHtmlProposal(StringBuilder html) {
        this.html = html;
    }

    static void write(StringBuilder html, ProposalSummary proposal) {
        if (proposal == null) {
            return;
        }
        ReportHtmlProposal writer = new ReportHtmlProposal(html);
        html.append("<section id=\"proposal\">\n<h2>Access patterns and the proposal</h2>\n<p class=\"muted\">")
                .append(proposal.candidates()).append(" candidate designs scored against the access patterns (SHA-256 ")
                .append(Html.escape(proposal.patternsSha256().substring(0, 12))).append("…); the best and the next two.</p>\n");
        html.append("<table>\n<tr><th>rank</th><th>candidate</th><th>score</th><th>score by criterion</th><th>$/month</th><th>gates</th></tr>\n");
        for (int i = 0; i < proposal.top().size(); i++) {
            ProposalSummary.Entry e = proposal.top().get(i);
            ReportHtml.row(html, List.of(i == 0 ? "proposed" : String.valueOf(i + 1), e.id() + " " + e.name(),
                    String.format(Locale.ROOT, "%.1f", e.total()), e.parts(), String.format(Locale.ROOT, "%.2f", e.monthlyCost()),
                    e.gateFailures().isEmpty() ? "pass" : String.join("; ", e.gateFailures())));
        }
        html.append("</table>\n");
        proposal.top().forEach(writer::candidate);
        html.append("</section>\n");
    }

    private void candidate(ProposalSummary.Entry e) {
        html.append("<article id=\"candidate-").append(Html.escape(e.id())).append("\">\n<h3>").append(Html.escape(e.headline()))
                .append("</h3>\n");
        List<String> lines = new ArrayList<>(e.findings());
        lines.addAll(e.notes());
        if (!lines.isEmpty()) {
            html.append("<ul>\n");
            lines.forEach(line -> html.append("<li>").append(Html.escape(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<table>\n<tr><th>pattern</th><th>SQL</th><th>operation</th><th>table / index</th><th>key condition</th>"
                + "<th>RCU/call</th><th>WCU/call</th><th>$/month</th><th>service</th></tr>\n");
        for (ProposalTable.Row r : e.table().rows()) {
            ReportHtml.row(html, List.of(r.patternId(), r.sql(), r.operation().name(), r.where(), r.keyCondition(),
                    String.format(Locale.ROOT, "%.1f", r.readUnits()), String.format(Locale.ROOT, "%.1f", r.writeUnits()),
                    String.format(Locale.ROOT, "%.2f", r.monthlyCost()), r.service().name().toLowerCase(Locale.ROOT)));
        }
        html.append("</table>\n</article>\n");
    }
}
