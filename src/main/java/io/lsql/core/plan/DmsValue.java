package io.lsql.core.plan;

import io.lsql.core.mapping.KeyTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key template in AWS DMS's attribute-mapping form: {@code CUST#{cust_id}} becomes {@code CUST#${cust_id}}.
 * DMS copies column values as they are, so what lsql adds to a key (zero padding, escaped separators, a
 * content hash) cannot be said in DMS's grammar: the flags name it for the hand-off's README.
 *
 * @param value     the DMS value, or {@code null} for a content-hash key
 * @param columns   the columns the template names, in order
 * @param padded    a number is zero-padded ({@code {col:0N}}), which DMS does not do
 * @param sharded   a placeholder is a shard number (<code>{col%N}</code>, a hash DMS cannot compute); the value is then
 *                  {@code null}
 */
record DmsValue(String value, List<String> columns, boolean padded, boolean sharded) {

    private static final Pattern PADDING = Pattern.compile("(.*):0(\\d+)", Pattern.DOTALL);
    private static final Pattern SHARDS = Pattern.compile("[^`].*%\\d+", Pattern.DOTALL);

    DmsValue {
        columns = List.copyOf(columns);
    }

    /** True when lsql escapes {@code #} and {@code $} inside the text values (several columns), which DMS does not. */
    boolean escaped() {
        return columns.size() > 1;
    }

    static DmsValue of(String template) {
        if (KeyTemplate.ROW_HASH.equals(template)) {
            return new DmsValue(null, List.of(), false, false);
        }
        StringBuilder value = new StringBuilder();
        List<String> columns = new ArrayList<>();
        boolean padded = false;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                value.append(c);
                i += 2;
            } else if (c == '{') {
                int close = closingBrace(template, i);
                if (close < 0) {
                    value.append(template, i, template.length());
                    break;
                }
                String content = template.substring(i + 1, close);
                if (SHARDS.matcher(content).matches()) {
                    return new DmsValue(null, List.of(), false, true);
                }
                Matcher pad = PADDING.matcher(content);
                if (!content.startsWith("`") && pad.matches()) {
                    content = pad.group(1);
                    padded = true;
                } else if (content.startsWith("`")) {
                    padded |= !content.endsWith("`");
                    content = content.substring(1, content.lastIndexOf('`')).replace("``", "`");
                }
                columns.add(content);
                value.append("${").append(content).append('}');
                i = close + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        return new DmsValue(value.toString(), columns, padded, false);
    }

    /** The '}' closing the placeholder that opens at {@code open}, skipping a backticked name; -1 when there is none. */
    private static int closingBrace(String template, int open) {
        int i = open + 1;
        if (i < template.length() && template.charAt(i) == '`') {
            i++;
            while (i < template.length()) {
                if (template.charAt(i) == '`' && i + 1 < template.length() && template.charAt(i + 1) == '`') {
                    i += 2;
                } else if (template.charAt(i) == '`') {
                    break;
                } else {
                    i++;
                }
            }
        }
        return template.indexOf('}', i);
    }

    /** True when the template copies exactly one column under the attribute's own name: DMS's plain column. */
    boolean isPlainCopy(String attribute) {
        return !padded && columns.size() == 1 && value.equals("${" + attribute + "}");
    }
}
