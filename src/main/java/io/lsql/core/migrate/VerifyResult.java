package io.lsql.core.migrate;

import java.util.List;

/**
 * Source and target compared item by item.
 *
 * @param sourceItems items the source maps to (rows that are rejects are not expected in the target)
 * @param missing first keys in the source but not in the target (at most {@link Verifier#LIST_LIMIT})
 * @param note why the sides differ when no key can be named, else {@code null}
 */
public record VerifyResult(boolean equal, long sourceItems, long targetItems, long sourceRejects, List<String> missing,
                           List<String> extra, List<String> different, double seconds, String note) {

    public VerifyResult {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        different = List.copyOf(different);
    }
}
