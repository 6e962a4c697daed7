package io.lsql.core.crud;

import java.util.List;

/**
 * What one DynamoDB operation did, with the numbers DynamoDB reports.
 *
 * @param call             the first request sent (later pages differ only by their start key)
 * @param items            the items read; for a write, none
 * @param lastEvaluatedKey where the next page starts, {@code null} at the end
 * @param count            items returned (after filters), summed over the requests
 * @param scannedCount     items read before filters, summed over the requests
 * @param consumedCapacity capacity units consumed, summed; {@code null} when the service reported none (moto)
 * @param requests         requests sent (a "fill page" sends several)
 * @param affected         items a write changed: 1, or 0 when a condition kept it from changing anything
 * @param oldItem          the item before a write (DeleteItem's ALL_OLD), or {@code null}
 * @param error            {@code null} when the request succeeded
 */
public record DynamoResult(DynamoCall call, List<Item> items, Item lastEvaluatedKey, long count, long scannedCount,
                           Double consumedCapacity, int requests, long affected, Item oldItem, DynamoError error) {

    public DynamoResult {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean ok() {
        return error == null;
    }

    /** The consumed capacity for display: the number, or "not reported". */
    public String consumedCapacityText() {
        return consumedCapacity == null ? "not reported" : consumedCapacity.toString();
    }
}
