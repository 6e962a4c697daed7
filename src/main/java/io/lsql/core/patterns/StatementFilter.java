package io.lsql.core.patterns;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells the application's statements from the server's, the driver's and tools' own (SET, SHOW, catalog reads). */
final class StatementFilter {

    private static final Pattern DML = Pattern.compile("^\\(*\\s*(select|insert|update|delete|replace|with)\\b.*",
            Pattern.DOTALL);
    private static final Pattern SYSTEM = Pattern.compile(
            "information_schema|performance_schema|\\bmysql\\s*\\.|\\bsys\\s*\\.|@@|\\bfound_rows\\s*\\(|\\bdatabase\\s*\\(");

    private StatementFilter() {
    }

    static boolean isApplicationStatement(String sql) {
        String text = sql.replace("`", "").strip().toLowerCase(Locale.ROOT);
        if (!DML.matcher(text).matches() || SYSTEM.matcher(text).find()) {
            return false;
        }
        return !text.matches("(?s)^\\(*\\s*select\\b.*") || text.matches("(?s).*\\bfrom\\b.*");
    }
}
