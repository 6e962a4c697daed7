package io.lsql.core.rehearse;

/** Counts the {@code ?} placeholders of SQL text, outside quoted strings and identifiers. */
final class Placeholders {

    private Placeholders() {
    }

    static int count(String sql) {
        int count = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '?') {
                count++;
            }
        }
        return count;
    }
}
