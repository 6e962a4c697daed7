package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A key attribute of a table or an index: its name and scalar type. */
@JsonPropertyOrder({"name", "type"})
public record KeyAttribute(String name, KeyType type) {
}
