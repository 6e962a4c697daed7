package io.lsql.core.mapping;

import io.lsql.core.LsqlException;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key attribute built from columns: {@code cust_id} (a plain copy), {@code CUST#{cust_id}},
 * {@code {ord_id}#{ord_line_id}} or {@code {seq:010}} (zero-padded to 10 characters).
 * {@code {#rowhash}} is the content hash for sources without any key.
 */
public final class KeyTemplate {

    public static final String ROW_HASH = "{#rowhash}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::0(\\d+))?}");

    private record Part(String literal, int column, int padWidth) {
    }

    private final String attribute;
    private final String template;
    private final List<Part> parts;
    private final boolean plain;
    private final AttributeType type;

    private KeyTemplate(String attribute, String template, List<Part> parts, boolean plain, AttributeType type) {
        this.attribute = attribute;
        this.template = template;
        this.parts = parts;
        this.plain = plain;
        this.type = type;
    }

    /**
     * Parses {@code expression}: {@code name=template}, a bare column name, or a template (the
     * attribute is then named {@code defaultName}).
     */
    public static KeyTemplate parse(String expression, String defaultName, List<SourceColumn> columns) {
        String name = defaultName;
        String template = expression.trim();
        int equals = template.indexOf('=');
        if (equals > 0 && template.indexOf('{') > equals) {
            name = template.substring(0, equals).trim();
            template = template.substring(equals + 1).trim();
        } else if (!template.contains("{")) {
            name = template;
            template = "{" + template + "}";
        }
        return of(name, template, columns);
    }

    public static KeyTemplate of(String attribute, String template, List<SourceColumn> columns) {
        if (ROW_HASH.equals(template)) {
            return new KeyTemplate(attribute, template, List.of(), false, AttributeType.S);
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(template.substring(last, m.start()), -1, 0));
            }
            int index = indexOf(columns, m.group(1), template);
            parts.add(new Part(null, index, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
            last = m.end();
        }
        if (last < template.length()) {
            parts.add(new Part(template.substring(last), -1, 0));
        }
        if (parts.stream().noneMatch(p -> p.literal == null)) {
            throw new LsqlException("Key template '" + template + "' names no column: write columns in braces, e.g. CUST#{cust_id}.");
        }
        boolean plain = parts.size() == 1 && parts.get(0).padWidth == 0;
        AttributeType type = plain ? keyType(columns.get(parts.get(0).column)) : AttributeType.S;
        return new KeyTemplate(attribute, template, List.copyOf(parts), plain, type);
    }

    private static AttributeType keyType(SourceColumn column) {
        return TypeMapping.keyType(column.column());
    }

    private static int indexOf(List<SourceColumn> columns, String name, String template) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new LsqlException("Key template '" + template + "' names unknown column '" + name + "'; the source has: "
                + String.join(", ", columns.stream().map(SourceColumn::name).toList()) + ".");
    }

    public String attribute() {
        return attribute;
    }

    public String template() {
        return template;
    }

    public AttributeType type() {
        return type;
    }

    public boolean isRowHash() {
        return ROW_HASH.equals(template);
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
     * Renders the key for the current row. A plain key keeps the column's own type (N stays N);
     * composite keys are text.
     *
     * @return the rendered value, or {@code null} with {@code problem[0]} set when a part is missing
     */
    public Rendered render(RowMapper row, String[] problem) {
        if (plain) {
            Cell cell = row.cell(parts.get(0).column);
            if (!cell.isPresent()) {
                problem[0] = "key column " + row.columns().get(parts.get(0).column).name() + " is NULL";
                return null;
            }
            return switch (type) {
                case N -> cell.type() == AttributeType.BOOL ? new Rendered(AttributeType.N, cell.bool() ? "1" : "0", null)
                        : new Rendered(AttributeType.N, cell.text(), null);
                case B -> new Rendered(AttributeType.B, null, cell.bytes());
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
            String text = cell.type() == AttributeType.N ? cell.rawText() : textOf(cell);
            sb.append(part.padWidth > 0 && cell.type() == AttributeType.N ? NumberText.pad(text, part.padWidth) : text);
        }
        return nonEmpty(new Rendered(AttributeType.S, sb.toString(), null), problem);
    }

    private static Rendered nonEmpty(Rendered rendered, String[] problem) {
        if (rendered.text().isEmpty()) {
            problem[0] = "empty key value";
            return null;
        }
        return rendered;
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
    }

    /** For plans and manifests. */
    public Map<String, String> describe() {
        return Map.of("attribute", attribute, "template", template, "type", type.name().toUpperCase(Locale.ROOT));
    }
}
