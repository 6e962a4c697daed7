package io.lsql.core.proposal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.patterns.PatternsFile;

import java.util.List;
import java.util.Locale;

/**
 * The proposal as every face shows it (CLI, report, plan): the best candidate and the next two, each with its score
 * parts, monthly cost, gate failures, findings, notes and {@link ProposalTable}, for the patterns it was made for.
 *
 * @param patternsSha256 the patterns file the proposal was made for
 * @param candidates     how many candidates were scored
 */
@JsonPropertyOrder({"schema", "patternsSha256", "candidates", "top"})
public record ProposalSummary(String schema, String patternsSha256, int candidates, List<Entry> top) {

    public ProposalSummary {
        top = List.copyOf(top);
    }

    /** One shown candidate. */
    @JsonPropertyOrder({"id", "name", "kind", "total", "score", "monthlyCost", "gateFailures", "findings", "notes", "table"})
    public record Entry(String id, String name, CandidateKind kind, double total, ScoreParts score, double monthlyCost,
                        List<String> gateFailures, List<String> findings, List<String> notes, ProposalTable table) {

        public Entry {
            gateFailures = List.copyOf(gateFailures);
            findings = List.copyOf(findings);
            notes = List.copyOf(notes);
        }

        /** One line: id, name, total score, $/month and whether it can be chosen. */
        public String headline() {
            return String.format(Locale.ROOT, "%s %s: score %.1f of 100, $%.2f/month%s", id, name, total, monthlyCost,
                    gateFailures.isEmpty() ? "" : ", fails " + gateFailures.size() + " gate(s)");
        }

        /** The score by criterion, e.g. {@code coverage 38.2/40, cost 20.0/20, …}. */
        public String parts() {
            return String.format(Locale.ROOT, "coverage %.1f/%.0f, cost %.1f/%.0f, hot keys %.1f/%.0f, write amplification %.1f/%.0f, "
                    + "simplicity %.1f/%.0f", score.coverage(), Scorer.COVERAGE, score.cost(), Scorer.COST, score.hotKeys(), Scorer.HOT_KEYS,
                    score.writeAmplification(), Scorer.WRITE_AMPLIFICATION, score.simplicity(), Scorer.SIMPLICITY);
        }
    }

    public static ProposalSummary of(Proposal proposal, PatternsFile patterns) {
        List<Entry> top = proposal.top().stream().map(s -> new Entry(s.candidate().id(), s.candidate().name(), s.candidate().kind(),
                s.score().total(), s.score(), s.monthlyCost(), s.gateFailures(), s.findings(), s.candidate().notes(),
                ProposalTable.of(s, patterns))).toList();
        return new ProposalSummary(proposal.schema(), proposal.patternsSha256(), proposal.ranked().size(), top);
    }

    /** Plain text for a terminal: the ranking, then each shown candidate's details and table. */
    public String text() {
        StringBuilder sb = new StringBuilder("Proposal for " + schema + " (" + candidates + " candidates scored; best first):\n");
        for (int i = 0; i < top.size(); i++) {
            sb.append(i == 0 ? "  proposed  " : "  next      ").append(top.get(i).headline()).append('\n');
        }
        for (Entry e : top) {
            sb.append('\n').append(e.headline()).append('\n').append("  ").append(e.parts()).append('\n');
            lines(sb, "  gate: ", e.gateFailures());
            lines(sb, "  finding: ", e.findings());
            lines(sb, "  note: ", e.notes());
            String table = e.table().text();
            sb.append(table.substring(table.indexOf('\n') + 1));
        }
        return sb.toString();
    }

    /** Markdown: a ranking table, then a section per shown candidate. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| rank | candidate | score | $/month | gates |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < top.size(); i++) {
            Entry e = top.get(i);
            sb.append(String.format(Locale.ROOT, "| %s | %s %s | %.1f | %.2f | %s |%n", i == 0 ? "proposed" : String.valueOf(i + 1),
                    e.id(), e.name().replace("|", "\\|"), e.total(), e.monthlyCost(),
                    e.gateFailures().isEmpty() ? "pass" : String.join("; ", e.gateFailures()).replace("|", "\\|")));
        }
        for (Entry e : top) {
            sb.append('\n').append(e.table().markdown()).append('\n').append(e.parts()).append('\n');
            e.findings().forEach(f -> sb.append("\n- ").append(f));
            e.notes().forEach(n -> sb.append("\n- ").append(n));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void lines(StringBuilder sb, String prefix, List<String> lines) {
        lines.forEach(line -> sb.append(prefix).append(line).append('\n'));
    }
}
