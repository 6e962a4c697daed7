package io.lsql.core.crud;

import java.util.List;

/**
 * A prepared statement as sent: its SQL with {@code ?} placeholders and the values bound to them, in order.
 *
 * @param parameters the bound values as text ({@code null} for NULL)
 */
public record SqlStatement(String sql, List<String> parameters) {

    public SqlStatement {
        parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    /** The SQL with each placeholder replaced by its bound value as a MySQL literal, for display and copy. */
    public String withValues() {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quoted) {
                quoted = c != quote;
            } else if (c == '\'' || c == '`' || c == '"') {
                quoted = true;
                quote = c;
            } else if (c == '?' && next < parameters.size()) {
                sb.append(literal(parameters.get(next++)));
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
