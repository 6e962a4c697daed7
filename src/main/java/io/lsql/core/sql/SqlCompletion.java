package io.lsql.core.sql;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.sql.SqlToken.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Completion from the introspected schema: after {@code alias.} the columns of that table (aliases
 * resolved from the statement's FROM/JOIN), else tables, views, columns of the statement's tables
 * and keywords that start with the word being typed.
 */
public final class SqlCompletion {

    public enum Kind2 { TABLE, VIEW, COLUMN, KEYWORD, FUNCTION }

    /** One proposal: the text to insert, what it is, and a detail such as the column type. */
    public record Suggestion(String text, Kind2 kind, String detail) {
    }

    private final Schema schema;

    public SqlCompletion(Schema schema) {
        this.schema = schema;
    }

    /** The word being completed (letters, digits, _ before the caret). */
    public static String prefix(String text, int caret) {
        int start = caret;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        return text.substring(start, caret);
    }

    public List<Suggestion> suggest(String script, int caret) {
        String prefix = prefix(script, caret).toLowerCase(Locale.ROOT);
        int wordStart = caret - prefix.length();
        SqlStatements.Range range = SqlStatements.at(script, caret);
        String statement = range == null ? "" : script.substring(range.start(), Math.max(range.end(), Math.min(caret, script.length())));
        Map<String, Table> aliases = aliases(statement);
        List<Suggestion> out = new ArrayList<>();
        if (wordStart > 0 && script.charAt(wordStart - 1) == '.') {
            String qualifier = prefix(script, wordStart - 1).toLowerCase(Locale.ROOT);
            Table table = aliases.get(qualifier);
            if (table != null) {
                columns(table, prefix, out);
            }
            return out;
        }
        Set<Table> inStatement = new LinkedHashSet<>(aliases.values());
        for (Table table : inStatement) {
            columns(table, prefix, out);
        }
        for (Table table : schema.tables()) {
            if (table.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                out.add(new Suggestion(table.name(), table.isView() ? Kind2.VIEW : Kind2.TABLE,
                        table.isView() ? "view" : "table, ~" + table.rowEstimate() + " rows"));
            }
        }
        if (!prefix.isEmpty()) {
            SqlLexer.FUNCTIONS.stream().filter(f -> f.toLowerCase(Locale.ROOT).startsWith(prefix)).sorted()
                    .forEach(f -> out.add(new Suggestion(f + "(", Kind2.FUNCTION, "function")));
            SqlLexer.KEYWORDS.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(prefix)).sorted()
                    .forEach(k -> out.add(new Suggestion(k, Kind2.KEYWORD, "keyword")));
        }
        return out;
    }

    private static void columns(Table table, String prefix, List<Suggestion> out) {
        for (Column column : table.columns()) {
            if (column.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                out.add(new Suggestion(column.name(), Kind2.COLUMN, column.columnType() + " · " + table.name()));
            }
        }
    }

    /** Tables named after FROM/JOIN (and UPDATE/INTO), by their alias and by their own name. */
    public Map<String, Table> aliases(String statement) {
        Map<String, Table> aliases = new HashMap<>();
        List<SqlToken> code = SqlLexer.tokenize(statement).stream().filter(SqlToken::isCode).toList();
        for (int i = 0; i < code.size() - 1; i++) {
            SqlToken token = code.get(i);
            boolean introducer = token.isKeyword("FROM") || token.isKeyword("JOIN") || token.isKeyword("UPDATE")
                    || token.isKeyword("INTO") || (token.is(Kind.COMMA) && inFrom(code, i));
            if (!introducer) {
                continue;
            }
            SqlToken name = code.get(i + 1);
            Table table = schema.table(unquote(name.text())).orElse(null);
            if (table == null) {
                continue;
            }
            aliases.put(table.name().toLowerCase(Locale.ROOT), table);
            int next = i + 2;
            if (next < code.size() && code.get(next).isKeyword("AS")) {
                next++;
            }
            if (next < code.size() && (code.get(next).is(Kind.IDENTIFIER) || code.get(next).is(Kind.QUOTED_IDENTIFIER))) {
                aliases.put(unquote(code.get(next).text()).toLowerCase(Locale.ROOT), table);
            }
        }
        return aliases;
    }

    private static boolean inFrom(List<SqlToken> code, int index) {
        for (int i = index - 1; i >= 0; i--) {
            SqlToken t = code.get(i);
            if (t.isKeyword("FROM")) {
                return true;
            }
            if (t.isKeyword("SELECT") || t.isKeyword("WHERE") || t.is(Kind.OPEN_PAREN) || t.is(Kind.CLOSE_PAREN)) {
                return false;
            }
        }
        return false;
    }

    static String unquote(String name) {
        return name.startsWith("`") && name.endsWith("`") && name.length() > 1 ? name.substring(1, name.length() - 1) : name;
    }
}
