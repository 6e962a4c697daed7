package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import io.lsql.core.cost.ItemSize;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A key attribute built from columns: {@code cust_id} (a plain copy), {@code CUST#{cust_id}},
 * {@code {ord_id}#{ord_line_id}} or {@code {seq:010}} (zero-padded to 10 characters).
 * {@code {#rowhash}} is the content hash for sources without any key; <code>{cust_id%8}</code> is a shard
 * number 0..7 (CRC-32 of the value's text modulo 8) that spreads a hot partition value over 8 partitions.
 *
 * <p>Any column name works: one that holds {@code :}, <code>{</code> or <code>}</code> is written in
 * backticks, <code>{`a:b`}</code> (a backtick doubled inside), and <code>{{</code> / <code>}}</code>
 * are literal braces. Values are encoded so that distinct rows never share a key and text order
 * follows the source order: in a template with several columns each text value escapes the
 * separator ({@code #} becomes {@code $#}, {@code $} becomes {@code $$}), and padded numbers use an
 * order-preserving form for negatives too ({@link NumberText#pad}).
 */
public final class KeyTemplate {

    public static final String ROW_HASH = "{#rowhash}";
    /** Escapes {@code #} and itself in the text values of multi-column keys; sorts just above the separator. */
    public static final char ESCAPE = '$';
    public static final char SEPARATOR = '#';

    /**
     * Literal text, or ({@code literal == null}) source column {@code column}, zero-padded to {@code padWidth} when
     * above 0, or, when {@code shards} is above 0, the column's shard number: a stable hash of its value modulo
     * {@code shards} (<code>{cust_id%8}</code>), which spreads one hot partition value over that many partitions.
     */
    public record Part(String literal, int column, int padWidth, int shards) {

        public boolean isShard() {
            return shards > 0;
        }
    }

    private final String attribute;
    private final String template;
    private final List<Part> parts;
    private final boolean plain;
    private final boolean escaped;
    private final AttributeType type;

    private KeyTemplate(String attribute, String template, List<Part> parts, boolean plain, AttributeType type) {
        this.attribute = attribute;
        this.template = template;
        this.parts = parts;
        this.plain = plain;
        this.escaped = parts.stream().filter(p -> p.literal == null).count() > 1;
        this.type = type;
    }

    /**
     * Parses {@code expression}: {@code name=template}, a bare column name, or a template (the
     * attribute is then named {@code defaultName}).
     */
    public static KeyTemplate parse(String expression, String defaultName, List<SourceColumn> columns) {
        String name = defaultName;
        String template = expression.trim();
        int column = KeyTemplateSyntax.findColumn(columns, template);
        if (column >= 0) {
            return of(template, placeholder(columns.get(column).name(), 0), columns);
        }
        int equals = template.indexOf('=');
        if (equals > 0 && template.indexOf('{') > equals) {
            name = template.substring(0, equals).trim();
            template = template.substring(equals + 1).trim();
        } else if (!template.contains("{")) {
            name = template;
            template = placeholder(template, 0);
        }
        return of(name, template, columns);
    }

    /** The placeholder for a column: <code>{name}</code>, backticked when the name needs it, {@code :0W} to pad. */
    public static String placeholder(String column, int padWidth) {
        boolean quote = column.contains(":") || column.contains("{") || column.contains("}") || column.contains("`")
                || column.startsWith("#") || column.isEmpty();
        String name = quote ? "`" + column.replace("`", "``") + "`" : column;
        return "{" + name + (padWidth > 0 ? ":0" + padWidth : "") + "}";
    }

    public static KeyTemplate of(String attribute, String template, List<SourceColumn> columns) {
        if (ROW_HASH.equals(template)) {
            return new KeyTemplate(attribute, template, List.of(), false, AttributeType.S);
        }
        List<Part> parts = KeyTemplateSyntax.parts(template, columns);
        if (parts.stream().noneMatch(p -> p.literal == null)) {
            throw new LsqlException("Key template '" + template + "' names no column: write columns in braces, e.g. CUST#{cust_id}.");
        }
        boolean plain = parts.size() == 1 && parts.get(0).padWidth == 0 && !parts.get(0).isShard();
        AttributeType type = plain ? keyType(columns.get(parts.get(0).column)) : AttributeType.S;
        return new KeyTemplate(attribute, template, List.copyOf(parts), plain, type);
    }

    public String attribute() {
        return attribute;
    }

    public String template() {
        return template;
    }

    private static AttributeType keyType(SourceColumn column) {
        return TypeMapping.keyType(column.column());
    }

    public AttributeType type() {
        return type;
    }

    public boolean isRowHash() {
        return ROW_HASH.equals(template);
    }

    /** The template's literal and column pieces in order (none for {@link #ROW_HASH}). */
    public List<Part> parts() {
        return parts;
    }

    /** True when a part is a shard number (<code>{col%N}</code>): a Query must ask every shard. */
    public boolean sharded() {
        return parts.stream().anyMatch(Part::isShard);
    }

    /** The shard number of {@code cell}: CRC-32 of its text (UTF-8) modulo {@code shards}; stable everywhere. */
    static long shard(Cell cell, int shards) {
        CRC32 crc = new CRC32();
        String text = cell.type() == AttributeType.N || cell.type() == AttributeType.BOOL ? cell.rawText() : textOf(cell);
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % shards;
    }

    /** Columns this key reads, by index into the source columns. */
    public List<Integer> columnIndexes() {
        return parts.stream().filter(p -> p.literal == null).map(Part::column).toList();
    }

    /** True when the attribute is a plain copy of the column with the same name. */
    public boolean copiesColumn(List<SourceColumn> columns) {
        return plain && columns.get(parts.get(0).column).name().equals(attribute);
    }

    /**
     * Renders the key for the current row. A plain key keeps the column's own type (N stays N; a
     * boolean column becomes N with the number the server stored); composite keys are text.
     *
     * @return the rendered value, or {@code null} with {@code problem[0]} set when a part is missing
     *         or the value would be empty (DynamoDB refuses empty key values)
     */
    public Rendered render(RowMapper row, String[] problem) {
        if (plain) {
            Cell cell = row.cell(parts.get(0).column);
            if (!cell.isPresent()) {
                problem[0] = "key column " + row.columns().get(parts.get(0).column).name() + " is NULL";
                return null;
            }
            return switch (type) {
                case N -> new Rendered(AttributeType.N, cell.type() == AttributeType.BOOL ? cell.rawText() : cell.text(), null);
                case B -> cell.bytes().length == 0 ? empty(problem) : new Rendered(AttributeType.B, null, cell.bytes());
                default -> nonEmpty(new Rendered(AttributeType.S, textOf(cell), null), problem);
            };
        }
        StringBuilder sb = new StringBuilder();
        for (Part part : parts) {
            if (part.literal != null) {
                sb.append(part.literal);
                continue;
            }
            Cell cell = row.cell(part.column);
            if (!cell.isPresent()) {
                problem[0] = "key column " + row.columns().get(part.column).name() + " is NULL";
                return null;
            }
            if (part.isShard()) {
                sb.append(shard(cell, part.shards));
            } else if (cell.type() == AttributeType.N || cell.type() == AttributeType.BOOL) {
                String text = cell.rawText();
                sb.append(part.padWidth > 0 ? NumberText.pad(text, part.padWidth) : text);
            } else if (escaped) {
                escape(textOf(cell), sb);
            } else {
                sb.append(textOf(cell));
            }
        }
        return nonEmpty(new Rendered(AttributeType.S, sb.toString(), null), problem);
    }

    /**
     * Reads a rendered key back into the texts of the columns it was built from (by column index): the inverse of
     * {@link #render} for text, escaped and padded parts. Binary plain keys come back as base64.
     *
     * @return empty when {@code value} does not have this template's form (or the template is the row hash)
     */
    public Optional<Map<Integer, String>> columnTexts(String value) {
        if (isRowHash() || value == null) {
            return Optional.empty();
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        int pos = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            if (part.literal != null) {
                if (!value.startsWith(part.literal, pos)) {
                    return Optional.empty();
                }
                pos += part.literal.length();
                continue;
            }
            int end = partEnd(value, pos, p);
            if (end < pos) {
                return Optional.empty();
            }
            if (part.isShard()) {
                pos = end;
                continue;
            }
            String text = unescape(value.substring(pos, end));
            text = part.padWidth > 0 ? NumberText.unpad(text) : text;
            if (texts.containsKey(part.column) && !texts.get(part.column).equals(text)) {
                return Optional.empty();
            }
            texts.put(part.column, text);
            pos = end;
        }
        return pos == value.length() ? Optional.of(texts) : Optional.empty();
    }

    /** Where the placeholder at {@code p} that starts at {@code pos} ends: before the next unescaped literal, or at the end. */
    private int partEnd(String value, int pos, int p) {
        if (p + 1 == parts.size()) {
            return value.length();
        }
        String next = parts.get(p + 1).literal;
        if (next == null) {
            return -1;
        }
        if (!escaped) {
            return value.endsWith(next) && p + 2 == parts.size() ? value.length() - next.length() : value.indexOf(next, pos);
        }
        for (int i = pos; i < value.length(); i++) {
            if (value.charAt(i) == ESCAPE) {
                i++;
            } else if (value.startsWith(next, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Undoes {@link #escape}: {@code $#} -> {@code #}, {@code $$} -> {@code $}. */
    private String unescape(String text) {
        return escaped ? text.replaceAll("\\$(.)", "$1") : text;
    }

    /** {@code #} -> {@code $#}, {@code $} -> {@code $$}: injective, and both sort where the plain characters did. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == SEPARATOR || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
    }

    private static Rendered nonEmpty(Rendered rendered, String[] problem) {
        if (rendered.text().isEmpty()) {
            return empty(problem);
        }
        return rendered;
    }

    private static Rendered empty(String[] problem) {
        problem[0] = "empty key value";
        return null;
    }

    private static String textOf(Cell cell) {
        if (cell.type() == AttributeType.B) {
            return Base64.getEncoder().encodeToString(cell.bytes());
        }
        return cell.text();
    }

    /** A rendered key value: text for S/N, bytes for B. */
    public record Rendered(AttributeType type, String text, byte[] bytes) {
        public String display() {
            return type == AttributeType.B ? Base64.getEncoder().encodeToString(bytes) : text;
        }

        /** Bytes DynamoDB counts against the key size limits (UTF-8 for S, raw for B, digits for N). */
        public long byteSize() {
            return switch (type) {
                case B -> bytes.length;
                case N -> ItemSize.number(text);
                default -> ItemSize.utf8(text);
            };
        }
    }

    /** For plans and manifests. */
    public Map<String, String> describe() {
        return Map.of("attribute", attribute, "template", template, "type", type.name().toUpperCase(Locale.ROOT));
    }
}
