package io.lsql.core.crud;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one page of a Query or Scan: follows LastEvaluatedKey until the page has {@code pageSize} matches or
 * {@code maxRequests} requests were sent ("fill page"), since a filtered page may be empty without being the end.
 * A page cut short keeps its last item's key as the next start, so no match is skipped.
 */
final class PageFiller {

    private final DynamoDbClient dynamo;
    private final CrudBinding binding;

    PageFiller(DynamoDbClient dynamo, CrudBinding binding) {
        this.dynamo = dynamo;
        this.binding = binding;
    }

    DynamoResult fill(DynamoCall first, DynamoRead read) {
        List<Item> items = new ArrayList<>();
        Item start = first.startKey();
        long count = 0;
        long scanned = 0;
        Double capacity = null;
        int requests = 0;
        do {
            DynamoCall call = first.withStartKey(start);
            Page page = send(call);
            requests++;
            scanned += page.scanned;
            count += page.count;
            capacity = page.capacity == null ? capacity : (capacity == null ? 0 : capacity) + page.capacity;
            start = page.lastKey == null ? null : ItemCodec.fromSdk(page.lastKey);
            for (Map<String, AttributeValue> raw : page.items) {
                if (items.size() == read.pageSize()) {
                    start = startAfter(items.get(items.size() - 1), read.index());
                    break;
                }
                items.add(ItemCodec.fromSdk(raw));
            }
        } while (start != null && items.size() < read.pageSize() && requests < read.maxRequests());
        return new DynamoResult(first, items, start, count, scanned, capacity, requests, 0, null, null);
    }

    private record Page(List<Map<String, AttributeValue>> items, long count, long scanned, Double capacity, Map<String, AttributeValue> lastKey) {
    }

    private Page send(DynamoCall call) {
        if (call.operation() == DynamoOperation.QUERY) {
            QueryResponse r = DynamoCrud.send(call, () -> dynamo.query(DynamoRequests.query(call)));
            return new Page(r.items(), r.count(), r.scannedCount(), DynamoCrud.capacity(r.consumedCapacity()), lastKey(r.hasLastEvaluatedKey(),
                    r.lastEvaluatedKey()));
        }
        ScanResponse r = DynamoCrud.send(call, () -> dynamo.scan(DynamoRequests.scan(call)));
        return new Page(r.items(), r.count(), r.scannedCount(), DynamoCrud.capacity(r.consumedCapacity()), lastKey(r.hasLastEvaluatedKey(),
                r.lastEvaluatedKey()));
    }

    private static Map<String, AttributeValue> lastKey(boolean has, Map<String, AttributeValue> key) {
        return has && !key.isEmpty() ? key : null;
    }

    /** The start key after {@code item}: the table key, plus the index's key attributes when reading an index. */
    private Item startAfter(Item item, String index) {
        Item key = binding.keyOf(item);
        if (index == null) {
            return key;
        }
        IndexInfo info = binding.index(index);
        key = key.with(info.partitionKey().attribute(), item.get(info.partitionKey().attribute()).orElseThrow());
        return info.sortKey() == null ? key : key.with(info.sortKey().attribute(), item.get(info.sortKey().attribute()).orElseThrow());
    }
}
