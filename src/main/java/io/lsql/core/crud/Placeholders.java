package io.lsql.core.crud;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readable expression placeholders: {@code #pk}/{@code :pk} for the partition key, {@code #sk}/{@code :sk} for the
 * sort key, {@code #name}/{@code :name} after the attribute otherwise (a second value of one name gets a number).
 */
final class Placeholders {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, ItemValue> values = new LinkedHashMap<>();

    /** The {@code #} placeholder of {@code attribute}, called {@code #alias}. */
    String name(String alias, String attribute) {
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(attribute)) {
                return e.getKey();
            }
        }
        String placeholder = unique("#" + readable(alias), names.keySet());
        names.put(placeholder, attribute);
        return placeholder;
    }

    String name(String attribute) {
        return name(attribute, attribute);
    }

    /** A new {@code :} placeholder for {@code value}, called {@code :alias} (or {@code :alias2}…). */
    String value(String alias, ItemValue value) {
        String placeholder = unique(":" + readable(alias), values.keySet());
        values.put(placeholder, value);
        return placeholder;
    }

    Map<String, String> names() {
        return names;
    }

    Item values() {
        return new Item(values);
    }

    private static String unique(String base, java.util.Set<String> taken) {
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String readable(String alias) {
        String cleaned = alias.replaceAll("[^A-Za-z0-9_]", "_");
        return cleaned.isEmpty() ? "a" : cleaned;
    }
}
