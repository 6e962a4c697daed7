package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a batch load treats an item whose key is already in the table. */
public enum WriteCondition {
    /** Replace it (BatchWriteItem's PutRequest): a rerun is idempotent. */
    OVERWRITE,
    /** Keep the existing item: each write is a PutItem with {@code attribute_not_exists(pk)}, and refused writes are counted as conditional failures, as AWS DMS does. */
    ATTRIBUTE_NOT_EXISTS;

    @JsonValue
    public String id() {
        return PlanEnum.id(this);
    }

    @JsonCreator
    public static WriteCondition parse(String text) {
        return PlanEnum.parse(WriteCondition.class, text, "writeCondition");
    }

    @Override
    public String toString() {
        return id();
    }
}
