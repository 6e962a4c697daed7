package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One DynamoDB table a plan fills, from one or more sources (several sources = a single-table design).
 * Unset run settings ({@code load}, {@code ifExists}, {@code writeCondition}) take the plan's defaults.
 *
 * @param partitionKey  the table's partition key attribute; every source has a template for it
 * @param sortKey       the table's sort key attribute, or {@code null}
 * @param ttlAttribute  an N attribute holding epoch seconds, or {@code null}
 * @param readCapacity  read capacity units when {@code billingMode} is PROVISIONED, else 0
 * @param writeCapacity write capacity units when {@code billingMode} is PROVISIONED, else 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"table", "partitionKey", "sortKey", "indexes", "ttlAttribute", "billingMode", "readCapacity",
    "writeCapacity", "load", "ifExists", "writeCondition", "sources"})
public record Target(String table, KeyAttribute partitionKey, KeyAttribute sortKey, List<Index> indexes, String ttlAttribute,
                     BillingMode billingMode, long readCapacity, long writeCapacity, LoadMode load,
                     ExistingTablePolicy ifExists, WriteCondition writeCondition, List<TargetSource> sources) {

    public Target {
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        billingMode = billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
    }

    /** The load mode this target runs with: its own, else the plan's default. */
    public LoadMode loadOr(RunDefaults defaults) {
        return load != null ? load : defaults.load();
    }

    public ExistingTablePolicy ifExistsOrDefault() {
        return ifExists != null ? ifExists : ExistingTablePolicy.FAIL;
    }

    public WriteCondition writeConditionOrDefault() {
        return writeCondition != null ? writeCondition : WriteCondition.OVERWRITE;
    }

    public boolean singleTable() {
        return sources.size() > 1;
    }

    public Target withTable(String newTable) {
        return new Target(newTable, partitionKey, sortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity, load,
                ifExists, writeCondition, sources);
    }

    public Target withKeys(KeyAttribute newPartitionKey, KeyAttribute newSortKey) {
        return new Target(table, newPartitionKey, newSortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity,
                load, ifExists, writeCondition, sources);
    }

    public Target withIndexes(List<Index> newIndexes) {
        return new Target(table, partitionKey, sortKey, newIndexes, ttlAttribute, billingMode, readCapacity, writeCapacity, load,
                ifExists, writeCondition, sources);
    }

    public Target withTtlAttribute(String newTtlAttribute) {
        return new Target(table, partitionKey, sortKey, indexes, newTtlAttribute, billingMode, readCapacity, writeCapacity, load,
                ifExists, writeCondition, sources);
    }

    public Target withBilling(BillingMode newBillingMode, long newReadCapacity, long newWriteCapacity) {
        return new Target(table, partitionKey, sortKey, indexes, ttlAttribute, newBillingMode, newReadCapacity, newWriteCapacity,
                load, ifExists, writeCondition, sources);
    }

    public Target withLoad(LoadMode newLoad) {
        return new Target(table, partitionKey, sortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity, newLoad,
                ifExists, writeCondition, sources);
    }

    public Target withIfExists(ExistingTablePolicy newIfExists) {
        return new Target(table, partitionKey, sortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity, load,
                newIfExists, writeCondition, sources);
    }

    public Target withWriteCondition(WriteCondition newWriteCondition) {
        return new Target(table, partitionKey, sortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity, load,
                ifExists, newWriteCondition, sources);
    }

    public Target withSources(List<TargetSource> newSources) {
        return new Target(table, partitionKey, sortKey, indexes, ttlAttribute, billingMode, readCapacity, writeCapacity, load,
                ifExists, writeCondition, newSources);
    }
}
