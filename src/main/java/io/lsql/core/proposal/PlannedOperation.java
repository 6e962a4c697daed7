package io.lsql.core.proposal;

import java.util.List;

/**
 * How one candidate design serves one access pattern, with its cost per call.
 *
 * @param patternId          the pattern ({@code AccessPattern#id})
 * @param kind               the operation
 * @param table              the DynamoDB table read or written ({@code null} when {@link OperationKind#UNSERVED})
 * @param index              the GSI queried, {@code null} for the table itself
 * @param sourceIds          the plan sources ({@code TargetSource#id}) whose items the operation returns
 * @param keyConditions      the partition-key equality, then the sort-key condition if any; empty for Scan and writes
 * @param filterColumns      pattern columns ({@code Table.column}) compared after the read (FilterExpression)
 * @param unfilterable       predicates no DynamoDB expression states (kept as SQL text; the client must apply them)
 * @param forward            ScanIndexForward (false when the pattern orders descending on the sort key)
 * @param orderServed        true when the pattern's ORDER BY is the sort key's order (or the pattern has none)
 * @param requests           requests per call (1, or k for {@link OperationKind#MULTI_REQUEST})
 * @param itemsRead          items read per call (what is paid for)
 * @param itemsReturned      items returned per call
 * @param readUnits          read capacity units per call (eventually consistent, 4 KB rounding per request)
 * @param writeUnits         write capacity units per call, GSI writes included
 * @param monthlyCost        dollars per month at the pattern's average rate
 * @param explanation        one sentence: why this operation (e.g. "idx_region has region as partition key")
 */
public record PlannedOperation(
        String patternId,
        OperationKind kind,
        String table,
        String index,
        List<String> sourceIds,
        List<KeyCondition> keyConditions,
        List<String> filterColumns,
        List<String> unfilterable,
        boolean forward,
        boolean orderServed,
        int requests,
        double itemsRead,
        double itemsReturned,
        double readUnits,
        double writeUnits,
        double monthlyCost,
        String explanation) {

    public PlannedOperation {
        sourceIds = List.copyOf(sourceIds);
        keyConditions = List.copyOf(keyConditions);
        filterColumns = List.copyOf(filterColumns);
        unfilterable = List.copyOf(unfilterable);
    }

    public OperationKind.Service service() {
        return kind.service();
    }
}
