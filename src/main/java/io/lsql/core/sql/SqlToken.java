package io.lsql.core.sql;

/** One token of a SQL text: its kind and its [start, end) range. */
public record SqlToken(Kind kind, int start, int end, String text) {

    public enum Kind { KEYWORD, FUNCTION, STRING, NUMBER, COMMENT, QUOTED_IDENTIFIER, IDENTIFIER, VARIABLE, OPERATOR,
        OPEN_PAREN, CLOSE_PAREN, COMMA, DOT, SEMICOLON, WHITESPACE }

    public boolean is(Kind k) {
        return kind == k;
    }

    public boolean isKeyword(String word) {
        return kind == Kind.KEYWORD && text.equalsIgnoreCase(word);
    }

    public boolean isCode() {
        return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
    }
}
