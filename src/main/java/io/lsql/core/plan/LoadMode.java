package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a target's staged items reach DynamoDB. */
public enum LoadMode {
    /** DynamoDB ImportTable: creates the table from the staged S3 prefix (S3 stage, new table only). */
    IMPORT,
    /** Parallel BatchWriteItem (or conditional PutItem) into a new or existing table. */
    BATCH,
    /** Stage the DynamoDB JSON and stop: for a load run elsewhere. */
    EXPORT_ONLY;

    @JsonValue
    public String id() {
        return PlanEnum.id(this);
    }

    @JsonCreator
    public static LoadMode parse(String text) {
        return PlanEnum.parse(LoadMode.class, text, "load");
    }

    @Override
    public String toString() {
        return id();
    }
}
