package io.lsql.core.proposal;

import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternsFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The table every face of the proposal shows (CLI, report, design view): per pattern the operation that serves it on
 * one candidate, where, its key condition, units per call, dollars a month and served / filtered / scan.
 */
public record ProposalTable(String candidateId, String candidateName, List<Row> rows) {

    /** The longest SQL a row shows before it is cut with an ellipsis. */
    public static final int SQL_WIDTH = 60;

    public ProposalTable {
        rows = List.copyOf(rows);
    }

    /**
     * One pattern on the candidate.
     *
     * @param where        the table, or {@code table / index} for a GSI, empty when unserved
     * @param keyCondition e.g. {@code region_key = :region}; empty for Scan and PutItem
     */
    public record Row(String patternId, String sql, OperationKind operation, String where, String keyCondition,
                      double readUnits, double writeUnits, double monthlyCost, OperationKind.Service service) {
    }

    public static ProposalTable of(CandidateScore score, PatternsFile patterns) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < score.operations().size(); i++) {
            PlannedOperation op = score.operations().get(i);
            AccessPattern pattern = i < patterns.patterns().size() ? patterns.patterns().get(i) : null;
            String where = op.table() == null ? "" : op.index() == null ? op.table() : op.table() + " / " + op.index();
            rows.add(new Row(op.patternId(), pattern == null ? "" : shortSql(pattern.sql()), op.kind(), where,
                    keyCondition(op), op.readUnits(), op.writeUnits(), op.monthlyCost(), op.service()));
        }
        return new ProposalTable(score.candidate().id(), score.candidate().name(), rows);
    }

    /** The key conditions in DynamoDB's expression style, values named after the pattern's columns. */
    public static String keyCondition(PlannedOperation op) {
        return op.keyConditions().stream().map(ProposalTable::condition).collect(Collectors.joining(" AND "));
    }

    private static String condition(KeyCondition c) {
        List<String> values = c.columns().stream().map(col -> ":" + col.substring(col.indexOf('.') + 1)).toList();
        String value = values.isEmpty() ? "\"" + literalPrefix(c.template()) + "\"" : String.join(" # ", values);
        return switch (c.operator()) {
            case EQ -> c.attribute() + " = " + value;
            case LT -> c.attribute() + " < " + value;
            case LE -> c.attribute() + " <= " + value;
            case GT -> c.attribute() + " > " + value;
            case GE -> c.attribute() + " >= " + value;
            case BETWEEN -> c.attribute() + " BETWEEN " + value + "_from AND " + value + "_to";
            case BEGINS_WITH -> "begins_with(" + c.attribute() + ", " + value + ")";
        };
    }

    private static String literalPrefix(String template) {
        int brace = template.indexOf('{');
        return brace < 0 ? template : template.substring(0, brace);
    }

    static String shortSql(String sql) {
        String flat = sql.replace('`', ' ').replaceAll("\\s+", " ").trim();
        return flat.length() <= SQL_WIDTH ? flat : flat.substring(0, SQL_WIDTH - 1) + "…";
    }

    private static final List<String> HEADERS = List.of("pattern", "SQL", "operation", "table / index", "key condition",
            "RCU/call", "WCU/call", "$/month", "service");

    private List<List<String>> cells() {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(List.of(r.patternId(), r.sql(), r.operation().name(), r.where(), r.keyCondition(), units(r.readUnits()),
                    units(r.writeUnits()), String.format(Locale.ROOT, "%.2f", r.monthlyCost()),
                    r.service().name().toLowerCase(Locale.ROOT)));
        }
        return cells;
    }

    private static String units(double units) {
        return String.format(Locale.ROOT, "%.1f", units);
    }

    /** Aligned plain-text columns, a header line first. */
    public String text() {
        List<List<String>> all = new ArrayList<>(List.of(HEADERS));
        all.addAll(cells());
        int[] widths = new int[HEADERS.size()];
        all.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder sb = new StringBuilder(candidateId + " " + candidateName + "\n");
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A Markdown table under a heading naming the candidate. */
    public String markdown() {
        StringBuilder sb = new StringBuilder("### " + candidateId + " " + markdownCell(candidateName) + "\n\n");
        sb.append("| ").append(String.join(" | ", HEADERS)).append(" |\n|");
        HEADERS.forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (List<String> row : cells()) {
            sb.append("| ").append(row.stream().map(ProposalTable::markdownCell).collect(Collectors.joining(" | "))).append(" |\n");
        }
        return sb.toString();
    }

    private static String markdownCell(String text) {
        return text.replace("|", "\\|");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
