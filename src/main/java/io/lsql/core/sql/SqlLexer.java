package io.lsql.core.sql;

import io.lsql.core.sql.SqlToken.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A MySQL tokenizer for highlighting, completion, statement splitting and formatting: strings
 * ('…', "…" with backslash and doubled-quote escapes), `quoted identifiers`, comments (-- , #,
 * /* *&#47;), numbers, @variables, keywords and known functions.
 */
public final class SqlLexer {

    public static final Set<String> KEYWORDS = Set.of(
            "ADD", "ALL", "ALTER", "AND", "AS", "ASC", "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONSTRAINT",
            "CREATE", "CROSS", "DATABASE", "DEFAULT", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DIV", "DROP", "ELSE",
            "END", "ESCAPE", "EXISTS", "EXPLAIN", "FALSE", "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IF", "IN",
            "INDEX", "INNER", "INSERT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "MOD", "NATURAL",
            "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PRIMARY", "RECURSIVE",
            "REFERENCES", "REGEXP", "REPLACE", "RIGHT", "ROLLUP", "SELECT", "SET", "SHOW", "STRAIGHT_JOIN", "TABLE",
            "THEN", "TO", "TRUE", "UNION", "UNIQUE", "UPDATE", "USE", "USING", "VALUES", "VIEW", "WHEN", "WHERE", "WITH",
            "WINDOW", "XOR", "DAY", "HOUR", "MINUTE", "MONTH", "SECOND", "WEEK", "YEAR", "SIGNED", "UNSIGNED", "CHAR",
            "DATETIME", "DATE", "TIME", "DECIMAL", "INT", "INTEGER", "VARCHAR", "TEXT", "JSON", "ROWS", "RANGE",
            "PRECEDING", "FOLLOWING", "CURRENT", "ROW", "UNBOUNDED", "LATERAL");

    public static final Set<String> FUNCTIONS = Set.of(
            "ABS", "AVG", "CEIL", "CEILING", "COALESCE", "CONCAT", "CONCAT_WS", "COUNT", "CRC32", "CURDATE",
            "CURRENT_DATE", "CURRENT_TIMESTAMP", "DATE_ADD", "DATE_FORMAT", "DATE_SUB", "DATEDIFF", "ELT", "FLOOR",
            "FORMAT", "FROM_UNIXTIME", "GREATEST", "GROUP_CONCAT", "HEX", "IFNULL", "INSTR", "JSON_ARRAY", "JSON_ARRAYAGG",
            "JSON_EXTRACT", "JSON_OBJECT", "JSON_OBJECTAGG", "JSON_UNQUOTE", "JSON_VALUE", "LAG", "LEAD", "LEAST", "LENGTH",
            "LOWER", "LPAD", "LTRIM", "MAX", "MD5", "MIN", "NOW", "NULLIF", "RANK", "ROUND", "ROW_NUMBER", "RPAD", "RTRIM",
            "SHA2", "SUBSTR", "SUBSTRING", "SUBSTRING_INDEX", "SUM", "TIMESTAMPADD", "TIMESTAMPDIFF", "TRIM",
            "TRUNCATE", "UNHEX", "UNIX_TIMESTAMP", "UPPER", "UUID", "ST_ASTEXT", "ST_GEOMFROMTEXT", "DENSE_RANK");

    private SqlLexer() {
    }

    public static List<SqlToken> tokenize(String sql) {
        List<SqlToken> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : '\0';
            int end;
            Kind kind;
            if (Character.isWhitespace(c)) {
                end = i + 1;
                while (end < n && Character.isWhitespace(sql.charAt(end))) {
                    end++;
                }
                kind = Kind.WHITESPACE;
            } else if (c == '#' || (c == '-' && next == '-' && (i + 2 >= n || Character.isWhitespace(sql.charAt(i + 2))))) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                kind = Kind.COMMENT;
            } else if (c == '/' && next == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                kind = Kind.COMMENT;
            } else if (c == '\'' || c == '"') {
                end = closing(sql, i, c);
                kind = Kind.STRING;
            } else if (c == '`') {
                end = closing(sql, i, c);
                kind = Kind.QUOTED_IDENTIFIER;
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next))) {
                end = number(sql, i);
                kind = Kind.NUMBER;
            } else if (c == '@') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || "_@.$".indexOf(sql.charAt(end)) >= 0)) {
                    end++;
                }
                kind = Kind.VARIABLE;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                kind = word(sql, i, end);
            } else {
                end = i + 1;
                kind = switch (c) {
                    case '(' -> Kind.OPEN_PAREN;
                    case ')' -> Kind.CLOSE_PAREN;
                    case ',' -> Kind.COMMA;
                    case '.' -> Kind.DOT;
                    case ';' -> Kind.SEMICOLON;
                    default -> Kind.OPERATOR;
                };
                if (kind == Kind.OPERATOR) {
                    end = operatorEnd(sql, i);
                }
            }
            tokens.add(new SqlToken(kind, i, end, sql.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** Multi-character operators stay one token, so formatting never splits them: <=>, ->>, ->, <=, !=, := … */
    private static int operatorEnd(String sql, int i) {
        for (String op : new String[] {"<=>", "->>", "->", "<=", ">=", "<>", "!=", "||", "&&", ":=", "<<", ">>"}) {
            if (sql.startsWith(op, i)) {
                return i + op.length();
            }
        }
        return i + 1;
    }

    private static Kind word(String sql, int start, int end) {
        String upper = sql.substring(start, end).toUpperCase(Locale.ROOT);
        int after = end;
        while (after < sql.length() && sql.charAt(after) == ' ') {
            after++;
        }
        boolean call = after < sql.length() && sql.charAt(after) == '(';
        boolean qualified = start > 0 && sql.charAt(start - 1) == '.';
        if (!qualified && call && FUNCTIONS.contains(upper)) {
            return Kind.FUNCTION;
        }
        if (!qualified && KEYWORDS.contains(upper)) {
            return Kind.KEYWORD;
        }
        return Kind.IDENTIFIER;
    }

    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int number(String sql, int start) {
        int i = start;
        if (sql.startsWith("0x", i) || sql.startsWith("0X", i)) {
            i += 2;
            while (i < sql.length() && Character.digit(sql.charAt(i), 16) >= 0) {
                i++;
            }
            return i;
        }
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < sql.length() && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
