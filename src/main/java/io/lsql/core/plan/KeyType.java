package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The scalar types a DynamoDB key attribute may have. */
public enum KeyType {
    S, N, B;

    @JsonValue
    public String id() {
        return name();
    }

    @JsonCreator
    public static KeyType parse(String text) {
        return PlanEnum.parse(KeyType.class, text, "key type");
    }
}
