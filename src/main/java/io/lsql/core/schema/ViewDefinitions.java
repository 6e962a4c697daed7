package io.lsql.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fully qualified definition MySQL and MariaDB store for a view
 * ({@code select `db`.`t`.`c` AS `c` from `db`.`t` ...}) to find the tables it reads and which view
 * columns are plain copies of a table column.
 */
final class ViewDefinitions {

    private static final Pattern THREE_PART = Pattern.compile("`([^`]+)`\\.`([^`]+)`\\.`([^`]+)`\\s+AS\\s+`([^`]+)`",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_PART = Pattern.compile("(?<![.`])`([^`]+)`\\.`([^`]+)`\\s+AS\\s+`([^`]+)`",
            Pattern.CASE_INSENSITIVE);

    private ViewDefinitions() {
    }

    static ViewInfo parse(String schema, String definition, boolean updatable) {
        Pattern tableRef = Pattern.compile("`" + Pattern.quote(schema) + "`\\.`([^`]+)`(?!\\.`)(?:\\s+(?:AS\\s+)?`([^`]+)`)?",
                Pattern.CASE_INSENSITIVE);
        Map<String, String> aliases = new HashMap<>();
        LinkedHashMap<String, Boolean> tables = new LinkedHashMap<>();
        Matcher m = tableRef.matcher(definition);
        while (m.find()) {
            String table = m.group(1);
            tables.put(table, Boolean.TRUE);
            if (m.group(2) != null) {
                aliases.put(m.group(2), table);
            }
        }
        Map<String, ViewInfo.ColumnRef> origins = new LinkedHashMap<>();
        if (!definition.toLowerCase(Locale.ROOT).contains(" union ")) {
            Matcher three = THREE_PART.matcher(definition);
            while (three.find()) {
                if (three.group(1).equalsIgnoreCase(schema)) {
                    origins.putIfAbsent(three.group(4), new ViewInfo.ColumnRef(three.group(2), three.group(3)));
                }
            }
            Matcher two = TWO_PART.matcher(definition);
            while (two.find()) {
                String table = aliases.get(two.group(1));
                if (table != null) {
                    origins.putIfAbsent(two.group(3), new ViewInfo.ColumnRef(table, two.group(2)));
                }
            }
        }
        return new ViewInfo(definition, updatable, new ArrayList<>(tables.keySet()), origins);
    }
}
