package io.lsql.core.crud;

import java.util.List;

/**
 * A Query (with a partition value) or a Scan (without), on the table or a GSI.
 *
 * @param index          the GSI, or {@code null} for the table
 * @param partitionValue the partition key value (equality), {@code null} for a Scan
 * @param sort           the sort-key condition, or {@code null}
 * @param filters        conditions on columns, applied as a FilterExpression on their attributes
 * @param forward        ascending sort-key order (Query only)
 * @param consistentRead strongly consistent; refused on a GSI
 * @param pageSize       items wanted per page (the requests' Limit)
 * @param maxRequests    "fill page": keep reading until {@code pageSize} matches or this many requests (1 = one request)
 * @param startKey       the previous page's LastEvaluatedKey, or {@code null}
 */
public record DynamoRead(String index, ItemValue partitionValue, SortCondition sort, List<ColumnPredicate> filters,
                         boolean forward, boolean consistentRead, int pageSize, int maxRequests, Item startKey) {

    public DynamoRead {
        filters = filters == null ? List.of() : List.copyOf(filters);
        pageSize = Math.max(1, pageSize);
        maxRequests = Math.max(1, maxRequests);
    }

    public static DynamoRead query(String index, ItemValue partitionValue) {
        return new DynamoRead(index, partitionValue, null, List.of(), true, false, 50, 1, null);
    }

    public static DynamoRead scan() {
        return new DynamoRead(null, null, null, List.of(), true, false, 50, 1, null);
    }

    public boolean isQuery() {
        return partitionValue != null;
    }

    public DynamoRead withSort(SortCondition newSort) {
        return new DynamoRead(index, partitionValue, newSort, filters, forward, consistentRead, pageSize, maxRequests, startKey);
    }

    public DynamoRead withFilters(List<ColumnPredicate> newFilters) {
        return new DynamoRead(index, partitionValue, sort, newFilters, forward, consistentRead, pageSize, maxRequests, startKey);
    }

    public DynamoRead withForward(boolean newForward) {
        return new DynamoRead(index, partitionValue, sort, filters, newForward, consistentRead, pageSize, maxRequests, startKey);
    }

    public DynamoRead withConsistentRead(boolean newConsistentRead) {
        return new DynamoRead(index, partitionValue, sort, filters, forward, newConsistentRead, pageSize, maxRequests, startKey);
    }

    public DynamoRead withPage(int newPageSize, int newMaxRequests) {
        return new DynamoRead(index, partitionValue, sort, filters, forward, consistentRead, newPageSize, newMaxRequests, startKey);
    }

    public DynamoRead withStartKey(Item newStartKey) {
        return new DynamoRead(index, partitionValue, sort, filters, forward, consistentRead, pageSize, maxRequests, newStartKey);
    }
}
