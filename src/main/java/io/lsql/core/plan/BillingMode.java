package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The DynamoDB billing mode of a target table, as CreateTable names it. */
public enum BillingMode {
    PAY_PER_REQUEST,
    PROVISIONED;

    @JsonValue
    public String id() {
        return name();
    }

    @JsonCreator
    public static BillingMode parse(String text) {
        return PlanEnum.parse(BillingMode.class, text == null ? null : text.replace('-', '_'), "billingMode");
    }

    @Override
    public String toString() {
        return id();
    }
}
