package io.lsql.core.rehearse;

import io.lsql.core.proposal.OperationKind;

import java.util.List;

/**
 * How one access pattern fared when run both ways on the sample.
 *
 * @param patternId   the pattern ({@code AccessPattern#id})
 * @param operation   the DynamoDB operation the candidate serves it with
 * @param outcome     equal, different, or not rehearsed
 * @param boundSql    the SQL as run on MySQL, its placeholders shown with the values bound (empty when not run)
 * @param sqlRows     rows MySQL returned (over every table for a join)
 * @param items       items the DynamoDB operation returned (of the compared sources)
 * @param differences the differing rows, first {@link #LIST_LIMIT} of them
 * @param reason      why the pattern was not rehearsed, or a note; empty otherwise
 */
public record RehearsalResult(String patternId, OperationKind operation, Outcome outcome, String boundSql, long sqlRows,
                              long items, List<RowDifference> differences, String reason) {

    public static final int LIST_LIMIT = 20;

    public enum Outcome { EQUAL, DIFFERENT, NOT_REHEARSED }

    public RehearsalResult {
        differences = List.copyOf(differences);
        reason = reason == null ? "" : reason;
        boundSql = boundSql == null ? "" : boundSql;
    }

    public static RehearsalResult notRehearsed(String patternId, OperationKind operation, String reason) {
        return new RehearsalResult(patternId, operation, Outcome.NOT_REHEARSED, "", 0, 0, List.of(), reason);
    }

    /** One line: {@code p-1a2b3c4d  QUERY  EQUAL  4 rows = 4 items}. */
    public String line() {
        String what = switch (outcome) {
            case EQUAL -> sqlRows + " row(s) = " + items + " item(s)";
            case DIFFERENT -> sqlRows + " row(s), " + items + " item(s); " + differences.get(0).describe()
                    + (differences.size() > 1 ? " and " + (differences.size() - 1) + " more" : "");
            case NOT_REHEARSED -> reason;
        };
        return String.format(java.util.Locale.ROOT, "%-11s %-14s %-13s %s", patternId, operation == null ? "-" : operation.name(),
                outcome.name(), what);
    }
}
