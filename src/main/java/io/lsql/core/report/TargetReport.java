package io.lsql.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.Rationale;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;

import java.util.List;

/**
 * One DynamoDB table of the plan as the report shows it.
 *
 * @param keyTemplates how each source fills each key attribute ({@code source: attribute = template})
 * @param alternatives designs the advisor weighed and did not pick, one sentence each
 * @param samples      items built from the first real rows, for the table and for each index
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"table", "sources", "partitionKey", "sortKey", "keyTemplates", "indexes", "ttlAttribute", "billingMode",
    "readCapacity", "writeCapacity", "load", "rationale", "alternatives", "attributes", "samples", "limits"})
public record TargetReport(String table, List<String> sources, KeyAttribute partitionKey, KeyAttribute sortKey,
                           List<String> keyTemplates, List<IndexReport> indexes, String ttlAttribute, String billingMode, long readCapacity,
                           long writeCapacity, String load,
                           List<Rationale> rationale, List<String> alternatives, List<AttributeRow> attributes,
                           List<SampleItem> samples, Limits limits) {

    public TargetReport {
        sources = List.copyOf(sources);
        keyTemplates = List.copyOf(keyTemplates);
        indexes = List.copyOf(indexes);
        rationale = List.copyOf(rationale);
        alternatives = List.copyOf(alternatives);
        attributes = List.copyOf(attributes);
        samples = List.copyOf(samples);
    }

    /**
     * This section with the keys, indexes and billing of {@code target} (e.g. imported from a NoSQL Workbench model);
     * an index keeps its sparse flag when {@code target} keeps its name.
     */
    public TargetReport withKeysOf(Target target) {
        List<IndexReport> next = target.indexes().stream().map(i -> new IndexReport(i.name(), i.partitionKey(), i.sortKey(), i.projection(),
                i.nonKeyAttributes(), indexes.stream().anyMatch(old -> old.name().equals(i.name()) && old.sparse()))).toList();
        return new TargetReport(table, sources, target.partitionKey(), target.sortKey(), keyTemplates, next, target.ttlAttribute(),
                target.billingMode().id(), target.readCapacity(), target.writeCapacity(), load, rationale, alternatives, attributes, samples,
                limits);
    }

    /** A global secondary index; sparse when some items lack its key attributes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "partitionKey", "sortKey", "projection", "nonKeyAttributes", "sparse"})
    public record IndexReport(String name, KeyAttribute partitionKey, KeyAttribute sortKey, String projection,
                              List<String> nonKeyAttributes, boolean sparse) {
        public IndexReport {
            nonKeyAttributes = List.copyOf(nonKeyAttributes);
        }
    }

    /** One column of a source and what it becomes. {@code attribute} is {@code null} when the column is dropped. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"source", "column", "sourceType", "attribute", "type", "transform"})
    public record AttributeRow(String source, String column, String sourceType, String attribute, String type, String transform) {
    }

    /**
     * An item as pretty DynamoDB JSON.
     *
     * @param index the index it is shown for, or {@code null} for the table
     * @param keys  its key attributes (table key, and the index key for an index sample)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"index", "keys", "json"})
    public record SampleItem(String index, List<String> keys, String json) {
        public SampleItem {
            keys = List.copyOf(keys);
        }
    }

    /**
     * Sizes and limits: the item-size distribution against 400 KB, the largest keys and the partition keys that
     * hold the largest shares of the sampled items (hot keys), and every design warning in the design pane's order.
     *
     * @param sampledItems the items the sizes and key shares were measured on
     */
    @JsonPropertyOrder({"sampledItems", "p50", "p95", "max", "maxItemBytes", "largestKeys", "hotKeys", "warnings"})
    public record Limits(long sampledItems, long p50, long p95, long max, long maxItemBytes, List<KeyBytes> largestKeys,
                         List<KeyShare> hotKeys, List<DesignWarning> warnings) {
        public Limits {
            largestKeys = List.copyOf(largestKeys);
            hotKeys = List.copyOf(hotKeys);
            warnings = List.copyOf(warnings);
        }
    }

    /** A partition key value and its size in bytes (the limit is 2048). */
    @JsonPropertyOrder({"key", "bytes"})
    public record KeyBytes(String key, long bytes) {
    }

    /** A partition key value and its share of the sampled items. */
    @JsonPropertyOrder({"key", "items", "share"})
    public record KeyShare(String key, long items, double share) {
    }
}
