package io.lsql.core.design;

import java.util.ArrayList;
import java.util.List;

/** The table key: a partition (HASH) key and an optional sort (RANGE) key. */
public record KeyDesign(KeyPart partitionKey, KeyPart sortKey, KeySource source) {

    public List<KeyPart> parts() {
        List<KeyPart> parts = new ArrayList<>();
        parts.add(partitionKey);
        if (sortKey != null) {
            parts.add(sortKey);
        }
        return parts;
    }

    /** Source columns of the key, in order. */
    public List<String> columns() {
        return parts().stream().flatMap(p -> p.columns().stream()).distinct().toList();
    }
}
