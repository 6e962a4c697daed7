package io.lsql.core.patterns;

import java.util.regex.Pattern;

/**
 * Turns a statement into its pattern text: comments dropped, string and number literals replaced by
 * {@code ?}, IN lists collapsed to {@code IN (?)}, whitespace collapsed, no trailing semicolon. Digest
 * text (already with {@code ?}) passes through unchanged apart from MySQL's {@code (...)} IN lists and the backticks
 * the digest puts around function names.
 */
public final class SqlNormalizer {

    private static final Pattern IN_LIST = Pattern.compile("(?i)\\bIN\\s*\\(\\s*(\\?\\s*,\\s*)*\\?\\s*\\)");
    private static final Pattern DIGEST_ELLIPSIS = Pattern.compile("\\(\\s*\\.\\.\\.\\s*\\)");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A name after these is a table ({@code INSERT INTO `t` (a, b)}), never a function. */
    private static final Pattern TABLE_BEFORE = Pattern.compile("(?i)\\b(INTO|TABLE|FROM|JOIN|UPDATE|REFERENCES)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SqlNormalizer() {
    }

    public static String normalize(String sql) {
        String text = replaceLiterals(sql);
        text = DIGEST_ELLIPSIS.matcher(text).replaceAll("(?)");
        text = IN_LIST.matcher(text).replaceAll("IN (?)");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static String replaceLiterals(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
                out.append('?');
            } else if (c == '`') {
                int end = skipQuoted(sql, i, c);
                out.append(functionName(sql, i, end) ? sql.substring(i + 1, end - 1) : sql.substring(i, end));
                i = end;
            } else if (c == '-' && sql.startsWith("--", i) || c == '#') {
                i = skipTo(sql, i, "\n");
                out.append(' ');
            } else if (c == '/' && sql.startsWith("/*", i)) {
                i = skipTo(sql, i + 2, "*/") + 2;
                out.append(' ');
            } else if (Character.isDigit(c) && !identifierBefore(sql, i)) {
                i = skipNumber(sql, i);
                out.append('?');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /**
     * Whether the backticked name at {@code start..end} is a function being called: the server's digest quotes those
     * too ({@code `CONCAT` ( ? , `cust_id` )}), which SQL parsers refuse; a plain name followed by {@code (} is unquoted.
     */
    private static boolean functionName(String sql, int start, int end) {
        if (end - start < 3 || !FUNCTION_NAME.matcher(sql.substring(start + 1, end - 1)).matches()
                || TABLE_BEFORE.matcher(sql.substring(Math.max(0, start - 24), start)).find()) {
            return false;
        }
        int next = end;
        while (next < sql.length() && Character.isWhitespace(sql.charAt(next))) {
            next++;
        }
        return next < sql.length() && sql.charAt(next) == '(';
    }

    private static int skipTo(String sql, int from, String end) {
        int at = sql.indexOf(end, from);
        return at < 0 ? sql.length() : at;
    }

    private static int skipNumber(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static boolean identifierBefore(String sql, int at) {
        if (at == 0) {
            return false;
        }
        char before = sql.charAt(at - 1);
        return Character.isLetterOrDigit(before) || before == '_' || before == '$';
    }
}
