package io.lsql.core.crud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the expressions {@link DynamoCalls} writes into PartiQL: {@code #name} placeholders become quoted attribute
 * names and {@code :value} placeholders become {@code ?} parameters in order. The comparison grammar ({@code = < <= >
 * >= BETWEEN begins_with}) is the same in both languages.
 */
final class PartiqlExpressions {

    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

    private PartiqlExpressions() {
    }

    static String of(String expression, Map<String, String> names, Item values, List<ItemValue> parameters) {
        Matcher m = PLACEHOLDER.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement;
            if (token.startsWith("#")) {
                replacement = CodeRenderer.quoted(names.getOrDefault(token, token.substring(1)));
            } else {
                parameters.add(values.get(token).orElseThrow());
                replacement = "?";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code SET #a = :a, #b = :b REMOVE #c} as PartiQL's one clause per path: {@code SET "a" = ? SET "b" = ? REMOVE "c"}. */
    static String updateClauses(String update, Map<String, String> names, Item values, List<ItemValue> parameters) {
        List<String> clauses = new ArrayList<>();
        int remove = update.indexOf("REMOVE ");
        String set = remove < 0 ? update : update.substring(0, remove).strip();
        if (set.startsWith("SET ")) {
            for (String assignment : set.substring(4).split(", ")) {
                clauses.add("SET " + of(assignment, names, values, parameters));
            }
        }
        if (remove >= 0) {
            for (String path : update.substring(remove + 7).split(", ")) {
                clauses.add("REMOVE " + of(path, names, values, parameters));
            }
        }
        return String.join(" ", clauses);
    }

    /** The sort key a Query's key condition names ({@code #sk}), or {@code null}. */
    static String sortKeyName(String keyCondition, Map<String, String> names) {
        return keyCondition != null && keyCondition.contains("#sk") ? names.get("#sk") : null;
    }
}
