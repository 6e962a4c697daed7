package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.KeyTemplate.Part;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of {@link KeyTemplate}: splits a template into literal, column, padded and shard parts. */
final class KeyTemplateSyntax {

    /** The most shards a <code>{col%N}</code> placeholder spreads a partition over. */
    static final int MAX_SHARDS = 1000;
    private static final Pattern PADDING = Pattern.compile("(.*):0(\\d+)", Pattern.DOTALL);
    private static final Pattern SHARDS = Pattern.compile("(.*)%(\\d+)", Pattern.DOTALL);

    private KeyTemplateSyntax() {
    }

    static List<Part> parts(String template, List<SourceColumn> columns) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), -1, 0, 0));
                    literal.setLength(0);
                }
                i = placeholderPart(template, i, columns, parts);
            } else if (c == '}') {
                throw new LsqlException("Key template '" + template + "' has an unmatched '}'; write }} for a literal brace.");
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Part(literal.toString(), -1, 0, 0));
        }
        return parts;
    }

    /** Reads the placeholder starting at {@code open}; returns the index after its closing brace. */
    private static int placeholderPart(String template, int open, List<SourceColumn> columns, List<Part> parts) {
        int i = open + 1;
        String name;
        String rest;
        int close;
        if (i < template.length() && template.charAt(i) == '`') {
            StringBuilder quoted = new StringBuilder();
            i++;
            while (true) {
                if (i >= template.length()) {
                    throw new LsqlException("Key template '" + template + "' has an unclosed ` in a column name.");
                }
                char c = template.charAt(i);
                if (c == '`' && i + 1 < template.length() && template.charAt(i + 1) == '`') {
                    quoted.append('`');
                    i += 2;
                } else if (c == '`') {
                    i++;
                    break;
                } else {
                    quoted.append(c);
                    i++;
                }
            }
            close = template.indexOf('}', i);
            if (close < 0) {
                throw new LsqlException("Key template '" + template + "' has an unclosed '{'.");
            }
            name = quoted.toString();
            rest = template.substring(i, close);
            if (!rest.isEmpty() && !rest.matches(":0\\d+")) {
                throw new LsqlException("Key template '" + template + "': after `" + name + "` only :0N (a padding width) may follow.");
            }
        } else {
            close = template.indexOf('}', i);
            if (close < 0) {
                throw new LsqlException("Key template '" + template + "' has an unclosed '{'.");
            }
            String content = template.substring(i, close);
            Matcher padded = PADDING.matcher(content);
            Matcher sharded = SHARDS.matcher(content);
            if (findColumn(columns, content) < 0 && sharded.matches() && findColumn(columns, sharded.group(1)) >= 0) {
                return shardPart(template, sharded, columns, parts, close);
            }
            if (findColumn(columns, content) < 0 && padded.matches() && findColumn(columns, padded.group(1)) >= 0) {
                name = padded.group(1);
                rest = content.substring(name.length());
            } else {
                name = content;
                rest = "";
            }
        }
        if (name.isEmpty()) {
            throw new LsqlException("Key template '" + template + "' names no column: write columns in braces, e.g. CUST#{cust_id}.");
        }
        int index = indexOf(columns, name, template);
        parts.add(new Part(null, index, rest.isEmpty() ? 0 : Integer.parseInt(rest.substring(2)), 0));
        return close + 1;
    }

    /** A shard placeholder <code>{col%N}</code>: the column's stable hash modulo {@code N} (2 to {@link #MAX_SHARDS}). */
    private static int shardPart(String template, Matcher sharded, List<SourceColumn> columns, List<Part> parts,
                                 int close) {
        int shards = sharded.group(2).length() > 4 ? 0 : Integer.parseInt(sharded.group(2));
        if (shards < 2 || shards > MAX_SHARDS) {
            throw new LsqlException("Key template '" + template + "': a shard count must be 2 to " + MAX_SHARDS + ".");
        }
        parts.add(new Part(null, indexOf(columns, sharded.group(1), template), 0, shards));
        return close + 1;
    }

    /** Exact name first, then case-insensitive (MySQL column names are case-insensitive). */
    static int findColumn(List<SourceColumn> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(List<SourceColumn> columns, String name, String template) {
        int index = findColumn(columns, name);
        if (index < 0) {
            throw new LsqlException("Key template '" + template + "' names unknown column '" + name + "'; the source has: "
                    + String.join(", ", columns.stream().map(SourceColumn::name).toList()) + ".");
        }
        return index;
    }
}
