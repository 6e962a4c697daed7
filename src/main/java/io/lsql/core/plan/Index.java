package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A global secondary index. Its key attributes are plain columns or derived attributes that each
 * source defines with a key template (e.g. {@code category_key}, left out when empty so the index is sparse).
 *
 * @param projection ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes the attributes an INCLUDE projection copies
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "partitionKey", "sortKey", "projection", "nonKeyAttributes"})
public record Index(String name, KeyAttribute partitionKey, KeyAttribute sortKey, String projection,
                    List<String> nonKeyAttributes) {

    public Index {
        projection = projection == null ? "ALL" : projection;
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
    }
}
