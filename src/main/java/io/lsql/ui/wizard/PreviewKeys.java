package io.lsql.ui.wizard;

import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which attributes of a previewed item are keys, and where they are in the preview text: the table's partition and sort
 * key, and each GSI's, so the Attributes page can highlight them in the pretty DynamoDB JSON.
 */
final class PreviewKeys {

    /** A key of the table itself, or only of an index. */
    enum Role { TABLE_KEY, INDEX_KEY }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the preview: one key attribute with its value. */
    record Highlight(int start, int end, String attribute, Role role) {
    }

    /** A top-level attribute of a pretty-printed item: two spaces, its quoted name, its value object up to "  }". */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?m)^  \"((?:[^\"\\\\]|\\\\.)*)\" : \\{");

    private PreviewKeys() {
    }

    /** The key attributes of {@code target}, the table's first: attribute → role. */
    static Map<String, Role> roles(Target target) {
        Map<String, Role> roles = new LinkedHashMap<>();
        put(roles, target.partitionKey(), Role.TABLE_KEY);
        put(roles, target.sortKey(), Role.TABLE_KEY);
        for (Index index : target.indexes()) {
            put(roles, index.partitionKey(), Role.INDEX_KEY);
            put(roles, index.sortKey(), Role.INDEX_KEY);
        }
        return roles;
    }

    /** One line naming the keys: the table's, then each index's. */
    static String legend(Target target) {
        if (target.partitionKey() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("Table key: ").append(names(target.partitionKey(), target.sortKey()));
        for (Index index : target.indexes()) {
            text.append(" · ").append(index.name()).append(": ").append(names(index.partitionKey(), index.sortKey()));
        }
        return text.toString();
    }

    /** Where each key attribute of each item is in {@code preview}, in order. */
    static List<Highlight> highlights(String preview, Map<String, Role> roles) {
        List<Highlight> found = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(preview);
        while (m.find()) {
            Role role = roles.get(m.group(1).replace("\\\"", "\""));
            if (role == null) {
                continue;
            }
            int close = preview.indexOf("\n  }", m.end());
            int end = close < 0 ? m.end() : close + "\n  }".length();
            found.add(new Highlight(m.start() + 2, end, m.group(1), role));
        }
        return found;
    }

    private static void put(Map<String, Role> roles, KeyAttribute key, Role role) {
        if (key != null && key.name() != null) {
            roles.putIfAbsent(key.name(), role);
        }
    }

    private static String names(KeyAttribute partition, KeyAttribute sort) {
        return (partition == null ? "?" : partition.name()) + (sort == null ? "" : " + " + sort.name());
    }
}
