package io.lsql.core.design;

import java.util.List;

/**
 * A global secondary index proposed for a secondary MySQL index.
 *
 * @param projection ALL, KEYS_ONLY or INCLUDE
 * @param sparse true when a key column is nullable, so rows with NULL are not indexed
 * @param unique true when the MySQL index was UNIQUE (DynamoDB does not enforce it)
 */
public record GsiDesign(String indexName, String sourceIndex, KeyPart partitionKey, KeyPart sortKey, String projection,
                        List<String> nonKeyAttributes, boolean sparse, boolean unique) {

    public GsiDesign {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    public List<KeyPart> parts() {
        return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
    }
}
