package io.lsql.core.sql;

import io.lsql.core.sql.SqlToken.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Formats SQL by rewriting only the whitespace between tokens (and the case of keywords): strings,
 * identifiers and comments are copied as they are, so the meaning never changes. Main clauses
 * start a line, select lists put one item per line, subqueries indent.
 */
public final class SqlFormatter {

    private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT",
            "UNION", "VALUES", "SET", "WINDOW", "WITH");
    private static final Set<String> JOIN_STARTS = Set.of("JOIN", "LEFT", "RIGHT", "INNER", "CROSS", "STRAIGHT_JOIN",
            "NATURAL", "FULL");
    private static final String INDENT = "  ";

    private SqlFormatter() {
    }

    public static String format(String sql) {
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int[] clauseDepth = new int[256];
        boolean inSelectList = false;
        SqlToken previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.is(Kind.WHITESPACE)) {
                continue;
            }
            String text = token.is(Kind.KEYWORD) || token.is(Kind.FUNCTION) ? token.text().toUpperCase(Locale.ROOT) : token.text();
            String upper = text.toUpperCase(Locale.ROOT);
            boolean clause = token.is(Kind.KEYWORD) && (CLAUSES.contains(upper) || startsJoin(tokens, i, previous))
                    && !(previous != null && previous.isKeyword("UNION") && upper.equals("ALL"));
            if (token.is(Kind.CLOSE_PAREN)) {
                depth = Math.max(0, depth - 1);
            }
            if (previous == null) {
                out.append(text);
            } else if (token.is(Kind.SEMICOLON)) {
                out.append(';');
                depth = 0;
                inSelectList = false;
            } else if (previous.is(Kind.SEMICOLON)) {
                out.append("\n\n").append(text);
            } else if (clause && !(previous.is(Kind.KEYWORD) && JOIN_STARTS.contains(previous.text().toUpperCase(Locale.ROOT)))) {
                newline(out, depth);
                out.append(text);
            } else if (previous.is(Kind.COMMA) && inSelectList && depth == clauseDepth[Math.min(depth, 255)]) {
                newline(out, depth + 1);
                out.append(text);
            } else if (previous.is(Kind.COMMENT) && previous.text().startsWith("--") || previous.is(Kind.COMMENT) && previous.text().startsWith("#")) {
                newline(out, depth);
                out.append(text);
            } else {
                boolean spaced = i > 0 && tokens.get(i - 1).is(Kind.WHITESPACE);
                if (needsSpace(previous, token, spaced)) {
                    out.append(' ');
                }
                out.append(text);
            }
            if (token.is(Kind.OPEN_PAREN)) {
                depth++;
            }
            if (token.is(Kind.KEYWORD)) {
                if (upper.equals("SELECT")) {
                    inSelectList = true;
                    clauseDepth[Math.min(depth, 255)] = depth;
                } else if (clause) {
                    inSelectList = false;
                }
            }
            previous = token;
        }
        return out.toString().strip();
    }

    private static boolean startsJoin(List<SqlToken> tokens, int i, SqlToken previous) {
        SqlToken token = tokens.get(i);
        String upper = token.text().toUpperCase(Locale.ROOT);
        if (!JOIN_STARTS.contains(upper)) {
            return false;
        }
        return previous == null || !(previous.is(Kind.KEYWORD) && JOIN_STARTS.contains(previous.text().toUpperCase(Locale.ROOT)));
    }

    private static void newline(StringBuilder out, int depth) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append('\n');
        out.append(INDENT.repeat(depth));
    }

    /** A '(' keeps the original adjacency: MySQL reads "CAST (" as a call of a stored function named CAST. */
    private static boolean needsSpace(SqlToken previous, SqlToken token, boolean spacedInOriginal) {
        if (token.is(Kind.COMMA) || token.is(Kind.CLOSE_PAREN) || token.is(Kind.DOT) || previous.is(Kind.DOT)
                || previous.is(Kind.OPEN_PAREN)) {
            return false;
        }
        if (token.is(Kind.OPEN_PAREN)) {
            return spacedInOriginal || previous.is(Kind.COMMA) || previous.is(Kind.OPERATOR);
        }
        return true;
    }
}
