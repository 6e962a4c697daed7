package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a run does when the target's DynamoDB table already exists. */
public enum ExistingTablePolicy {
    /** Stop this target with an error before anything is written (the default). */
    FAIL,
    /** Write into it (batch only): its key schema must match the plan's. */
    APPEND,
    /** Delete it and create it again from the plan. */
    REPLACE;

    @JsonValue
    public String id() {
        return PlanEnum.id(this);
    }

    @JsonCreator
    public static ExistingTablePolicy parse(String text) {
        return PlanEnum.parse(ExistingTablePolicy.class, text, "ifExists");
    }

    @Override
    public String toString() {
        return id();
    }
}
