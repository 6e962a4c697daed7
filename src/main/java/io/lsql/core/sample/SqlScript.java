package io.lsql.core.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons, respecting quotes, backticks and
 * comments. Scripts use no DELIMITER directive; comment-only fragments are dropped.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hasCode = false;
        int i = 0;
        int length = script.length();
        while (i < length) {
            char c = script.charAt(i);
            char next = i + 1 < length ? script.charAt(i + 1) : '\0';
            if (c == '-' && next == '-' && (i + 2 >= length || Character.isWhitespace(script.charAt(i + 2))) || c == '#') {
                int end = script.indexOf('\n', i);
                end = end < 0 ? length : end;
                current.append(script, i, end);
                i = end;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                current.append(script, i, end);
                i = end;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end);
                hasCode = true;
                i = end;
            } else if (c == ';') {
                if (hasCode) {
                    statements.add(current.toString().trim());
                }
                current.setLength(0);
                hasCode = false;
                i++;
            } else {
                current.append(c);
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        if (hasCode) {
            statements.add(current.toString().trim());
        }
        return statements;
    }

    private static int closingQuote(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return script.length();
    }
}
