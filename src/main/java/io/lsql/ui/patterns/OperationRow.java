package io.lsql.ui.patterns;

import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.proposal.ProposalTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the proposal table as the pane shows it, from the core's {@link ProposalTable} (the rows the CLI and the
 * report print): pattern → operation, table or index, key condition, capacity units per call, dollars per month,
 * served / filtered / scan, and why.
 */
public record OperationRow(String pattern, String operation, String on, String keyCondition, String units, String monthly,
                           OperationKind.Service service, String explanation) {

    static List<OperationRow> of(CandidateScore score, PatternsFile patterns) {
        List<ProposalTable.Row> rows = ProposalTable.of(score, patterns).rows();
        List<OperationRow> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProposalTable.Row row = rows.get(i);
            PlannedOperation op = score.operations().get(i);
            shown.add(new OperationRow(row.patternId(), operation(op), dash(row.where()), dash(row.keyCondition()),
                    String.format(Locale.ROOT, "%.1f / %.1f", row.readUnits(), row.writeUnits()),
                    String.format(Locale.ROOT, "$%,.2f", row.monthlyCost()), row.service(), op.explanation()));
        }
        return shown;
    }

    private static String dash(String text) {
        return text == null || text.isEmpty() ? "–" : text;
    }

    private static String operation(PlannedOperation op) {
        String name = switch (op.kind()) {
            case GET_ITEM -> "GetItem";
            case QUERY -> "Query";
            case QUERY_FILTER -> "Query + filter";
            case COLLECTION -> "Query (collection)";
            case MULTI_REQUEST -> op.requests() + " requests";
            case SCAN -> "Scan";
            case PUT_ITEM -> "PutItem";
            case UPDATE_ITEM -> "UpdateItem";
            case DELETE_ITEM -> "DeleteItem";
            case UNSERVED -> "unserved";
        };
        return op.orderServed() || op.kind() == OperationKind.UNSERVED ? name : name + " + client sort";
    }

    /** The badge text: served, filtered or scan. */
    public String badge() {
        return service.name().toLowerCase(Locale.ROOT);
    }
}
