package io.lsql.core.plan;

import io.lsql.core.LsqlException;

import java.util.Locale;

/** The plan's enums are written as lower-case ids with '-' (e.g. {@code export-only}); this reads them back. */
final class PlanEnum {

    private PlanEnum() {
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String wanted = text == null ? "" : text.trim();
        StringBuilder allowed = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            if (id(value).equalsIgnoreCase(wanted) || value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(id(value));
        }
        throw new LsqlException(field + " must be one of " + allowed + ", not '" + text + "'.");
    }
}
