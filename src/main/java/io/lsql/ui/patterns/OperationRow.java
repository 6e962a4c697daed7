package io.lsql.ui.patterns;

import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the proposal table as the pane shows it: pattern → operation, table or index, key condition, capacity
 * units per call, dollars per month, and served / filtered / scan.
 */
public record OperationRow(String pattern, String operation, String on, String keyCondition, String units, String monthly,
                           OperationKind.Service service, String explanation) {

    static OperationRow of(PlannedOperation op) {
        String on = op.table() == null ? "–" : op.index() == null ? op.table() : op.table() + " / " + op.index();
        String key = op.keyConditions().stream().map(OperationRow::condition).collect(Collectors.joining(" AND "));
        return new OperationRow(op.patternId(), operation(op), on, key.isEmpty() ? "–" : key,
                String.format(Locale.ROOT, "%.1f / %.1f", op.readUnits(), op.writeUnits()),
                String.format(Locale.ROOT, "$%,.2f", op.monthlyCost()), op.service(), op.explanation());
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

    private static String condition(KeyCondition c) {
        String value = c.template() == null ? "?" : c.template();
        return switch (c.operator()) {
            case EQ -> c.attribute() + " = " + value;
            case LT -> c.attribute() + " < " + value;
            case LE -> c.attribute() + " <= " + value;
            case GT -> c.attribute() + " > " + value;
            case GE -> c.attribute() + " >= " + value;
            case BETWEEN -> c.attribute() + " BETWEEN " + value + " AND " + value;
            case BEGINS_WITH -> "begins_with(" + c.attribute() + ", " + value + ")";
        };
    }

    /** The badge text: served, filtered or scan. */
    public String badge() {
        return service.name().toLowerCase(Locale.ROOT);
    }
}
