package io.lsql.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The columns a key template names ({@code CUST#{cust_id}} names {@code cust_id}), lower-case, in order. */
final class KeyColumns {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:#][^{}:]*)(?::[^{}]*)?}");

    private KeyColumns() {
    }

    static List<String> of(String template) {
        List<String> columns = new ArrayList<>();
        if (template == null) {
            return columns;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            columns.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return columns;
    }
}
