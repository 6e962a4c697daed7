package io.lsql.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a statement may change the database (or the session's read-only state): everything but a
 * query is treated as a write. The server's read-only session is the second guard behind this one.
 */
public final class SqlWrites {

    private static final Set<String> READS = Set.of("SELECT", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "WITH", "VALUES",
            "TABLE", "HELP");
    /** Inside a query shape these still write: WITH … DELETE, SELECT … INTO OUTFILE. */
    private static final Set<String> WRITING = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");

    private SqlWrites() {
    }

    /** The statement's first keyword in upper case (INSERT, CREATE…), or "" when there is none. */
    public static String verb(String sql) {
        return words(sql).stream().filter(t -> !t.is(SqlToken.Kind.OPEN_PAREN)).findFirst()
                .map(t -> t.text().toUpperCase(Locale.ROOT)).orElse("");
    }

    public static boolean writes(String sql) {
        String verb = verb(sql);
        if (verb.isEmpty()) {
            return false;
        }
        if (!READS.contains(verb)) {
            return true;
        }
        List<SqlToken> code = words(sql);
        for (int i = 0; i < code.size(); i++) {
            String word = code.get(i).text().toUpperCase(Locale.ROOT);
            String before = i > 0 ? code.get(i - 1).text().toUpperCase(Locale.ROOT) : "";
            boolean call = i + 1 < code.size() && code.get(i + 1).is(SqlToken.Kind.OPEN_PAREN);
            String after = i + 1 < code.size() ? code.get(i + 1).text().toUpperCase(Locale.ROOT) : "";
            if (WRITING.contains(word) && !call && !before.equals("FOR")) {
                return true;
            }
            if (word.equals("INTO") && (after.equals("OUTFILE") || after.equals("DUMPFILE"))) {
                return true;
            }
        }
        return false;
    }

    private static List<SqlToken> words(String sql) {
        return SqlLexer.tokenize(sql == null ? "" : sql).stream().filter(SqlToken::isCode).toList();
    }
}
