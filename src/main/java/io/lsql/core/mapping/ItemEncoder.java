package io.lsql.core.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.lsql.core.cost.ItemSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the current row as one line of DynamoDB JSON ({@code {"Item":{…}}}), the format
 * ImportTable reads, and measures the item as DynamoDB counts it (names + values): the keys, each
 * column's attribute under its {@link Transform}, then the layout's constants. Rows that can't be
 * items (over 400 KB, NULL or empty key, a value its transform can't write) are reported, never
 * dropped silently.
 */
public final class ItemEncoder {

    public static final int MAX_ITEM_BYTES = (int) ItemSize.MAX_ITEM_BYTES;
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    public static final int MAX_SORT_KEY_BYTES = 1024;

    private final ItemLayout layout;
    /** Resolved once: the per-row loop must not allocate. */
    private final KeyTemplate[] derived;
    private final String[] attributeNames;
    /** Per column: the rewrite its transform asks for, or null when the mapped value is written as it is. */
    private final CellTransform[] transforms;
    /** Per column: the value written for the current row (after its transform), for the index key checks. */
    private final Cell[] written;
    private final String[] constantNames;
    private final String[] constantValues;
    private final Buffer buffer = new Buffer();
    private final DynamoJson.Writer json;
    private final String[] problem = new String[1];
    private final StringBuilder keyText = new StringBuilder();
    /** Per index key attribute: the column it copies (-1 when derived) and its size limit. */
    private final IndexKeyCheck[] indexChecks;
    private long size;
    private final ContentKey contentKey = new ContentKey();

    private record IndexKeyCheck(ItemLayout.IndexKey key, int column, int maxBytes) {
    }

    public ItemEncoder(ItemLayout layout) {
        this.layout = layout;
        this.derived = layout.allDerived().toArray(new KeyTemplate[0]);
        this.attributeNames = new String[layout.columns().size()];
        for (int i = 0; i < attributeNames.length; i++) {
            attributeNames[i] = layout.attributeName(i);
        }
        this.transforms = new CellTransform[attributeNames.length];
        for (int i = 0; i < transforms.length; i++) {
            transforms[i] = CellTransform.of(layout.columns().get(i), layout.transform(i));
        }
        this.written = new Cell[attributeNames.length];
        this.constantNames = layout.constants().keySet().toArray(new String[0]);
        this.constantValues = layout.constants().values().toArray(new String[0]);
        this.indexChecks = layout.indexKeys().stream().map(k -> new IndexKeyCheck(k, columnOf(k.attribute()),
                k.partition() ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES)).toArray(IndexKeyCheck[]::new);
        // one item per line: no separator between root values, the newline is written explicitly
        this.json = new DynamoJson.Writer(buffer);
    }

    /** The outcome for one row; valid until the next call to {@link #encode}. */
    public record Result(boolean ok, long itemBytes, String key, String reason) {
    }

    public Result encode(RowMapper row) {
        buffer.reset();
        keyText.setLength(0);
        size = 0;
        problem[0] = null;
        try {
            json.writeStartObject();
            json.writeFieldName("Item");
            json.writeStartObject();
            for (KeyTemplate key : derived) {
                if (!writeKey(key, row)) {
                    return refuse(problem[0]);
                }
            }
            for (int i = 0; i < attributeNames.length; i++) {
                String name = attributeNames[i];
                if (name != null) {
                    Cell cell = transforms[i] == null ? row.cell(i) : transforms[i].apply(row.cell(i));
                    if (cell == null) {
                        return refuse(transforms[i].problem());
                    }
                    written[i] = cell;
                    writeCell(name, cell);
                }
            }
            writeConstants();
            String refused = refusedByIndex();
            if (refused != null) {
                return refuse(refused);
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size > MAX_ITEM_BYTES) {
            return new Result(false, size, keyText.toString(), "item is " + size + " bytes, over DynamoDB's 400 KB limit");
        }
        return new Result(true, size, keyText.toString(), null);
    }

    private void writeConstants() throws IOException {
        for (int i = 0; i < constantNames.length; i++) {
            json.writeFieldName(constantNames[i]);
            json.writeStartObject();
            json.writeStringField("S", constantValues[i]);
            json.writeEndObject();
            size += ItemSize.utf8(constantNames[i]) + ItemSize.utf8(constantValues[i]);
        }
    }

    /** Closes the item it abandons, so the generator is ready for the next row, and names the reject. */
    private Result refuse(String reason) throws IOException {
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
        buffer.reset();
        return new Result(false, 0, keyText.toString(), reason);
    }

    /** The key of the current row as text, for a reject that failed before encoding. */
    public String keyText(RowMapper row) {
        StringBuilder sb = new StringBuilder();
        String[] ignored = new String[1];
        for (KeyTemplate key : layout.keys()) {
            KeyTemplate.Rendered value = key.isRowHash() ? null : key.render(row, ignored);
            sb.append(sb.length() == 0 ? "" : ", ").append(key.attribute()).append('=')
                    .append(value == null ? "?" : value.display());
        }
        return sb.toString();
    }

    /** The encoded line (with its newline) of the last successful {@link #encode}. */
    public byte[] bytes() {
        return buffer.array();
    }

    public int length() {
        return buffer.size();
    }

    private boolean writeKey(KeyTemplate key, RowMapper row) throws IOException {
        boolean isKey = key == layout.partitionKey() || key == layout.sortKey();
        KeyTemplate.Rendered value;
        if (key.isRowHash()) {
            value = new KeyTemplate.Rendered(AttributeType.S, contentKey.next(row), null);
        } else {
            value = key.render(row, problem);
        }
        if (value == null) {
            if (isKey) {
                return false;
            }
            problem[0] = null;
            return true;
        }
        int limit = key == layout.sortKey() ? MAX_SORT_KEY_BYTES : key == layout.partitionKey() ? MAX_PARTITION_KEY_BYTES
                : indexLimit(key.attribute());
        long keyBytes = value.byteSize();
        if (keyBytes > limit) {
            problem[0] = (isKey ? (key == layout.sortKey() ? "sort key " : "partition key ") : "index key ") + key.attribute()
                    + " is " + keyBytes + " bytes, over DynamoDB's " + limit + "-byte limit";
            if (isKey) {
                keyText.append(keyText.length() == 0 ? "" : ", ").append(key.attribute()).append('=')
                        .append(abbreviate(value.display()));
            }
            return false;
        }
        if (isKey) {
            keyText.append(keyText.length() == 0 ? "" : ", ").append(key.attribute()).append('=').append(value.display());
        }
        json.writeFieldName(key.attribute());
        size += ItemSize.utf8(key.attribute());
        json.writeStartObject();
        if (value.type() == AttributeType.B) {
            json.writeFieldName("B");
            json.writeBinary(value.bytes());
            size += value.bytes().length;
        } else {
            json.writeStringField(value.type().name(), value.text());
            size += value.type() == AttributeType.N ? ItemSize.number(value.text()) : ItemSize.utf8(value.text());
        }
        json.writeEndObject();
        return true;
    }

    private void writeCell(String name, Cell cell) throws IOException {
        if (!cell.isPresent()) {
            if (layout.writeNulls() && cell.state() == Cell.State.NULL) {
                json.writeFieldName(name);
                json.writeStartObject();
                json.writeBooleanField("NULL", true);
                json.writeEndObject();
                size += ItemSize.utf8(name) + ItemSize.BOOL_OR_NULL_BYTES;
            }
            return;
        }
        json.writeFieldName(name);
        size += ItemSize.utf8(name);
        switch (cell.type()) {
            case S -> {
                json.writeStartObject();
                json.writeStringField("S", cell.text());
                json.writeEndObject();
                size += ItemSize.utf8(cell.text());
            }
            case N -> {
                json.writeStartObject();
                json.writeStringField("N", cell.text());
                json.writeEndObject();
                size += ItemSize.number(cell.text());
            }
            case B -> {
                json.writeStartObject();
                json.writeFieldName("B");
                json.writeBinary(cell.bytes());
                json.writeEndObject();
                size += cell.bytes().length;
            }
            case BOOL -> {
                json.writeStartObject();
                json.writeBooleanField("BOOL", cell.bool());
                json.writeEndObject();
                size += ItemSize.BOOL_OR_NULL_BYTES;
            }
            case SS -> {
                json.writeStartObject();
                json.writeArrayFieldStart("SS");
                for (String member : cell.set()) {
                    json.writeString(member);
                    size += ItemSize.utf8(member);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            case DOCUMENT -> writeDocument(cell.document());
            default -> throw new IllegalStateException("unexpected cell type " + cell.type());
        }
    }

    /** JSON values become native DynamoDB documents: objects M, arrays L, numbers N. */
    private void writeDocument(JsonNode node) throws IOException {
        json.writeStartObject();
        if (node.isObject()) {
            json.writeFieldName("M");
            json.writeStartObject();
            size += ItemSize.DOCUMENT_OVERHEAD_BYTES;
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                json.writeFieldName(field.getKey());
                size += ItemSize.utf8(field.getKey()) + ItemSize.ELEMENT_OVERHEAD_BYTES;
                writeDocument(field.getValue());
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeArrayFieldStart("L");
            size += ItemSize.DOCUMENT_OVERHEAD_BYTES;
            for (JsonNode element : node) {
                size += ItemSize.ELEMENT_OVERHEAD_BYTES;
                writeDocument(element);
            }
            json.writeEndArray();
        } else if (node.isNumber()) {
            BigDecimal number = node.decimalValue();
            Optional<String> text = NumberText.canonical(number);
            if (text.isPresent()) {
                json.writeStringField("N", text.get());
                size += ItemSize.number(text.get());
            } else {
                json.writeStringField("S", node.asText());
                size += ItemSize.utf8(node.asText());
            }
        } else if (node.isBoolean()) {
            json.writeBooleanField("BOOL", node.booleanValue());
            size += ItemSize.BOOL_OR_NULL_BYTES;
        } else if (node.isNull()) {
            json.writeBooleanField("NULL", true);
            size += ItemSize.BOOL_OR_NULL_BYTES;
        } else {
            json.writeStringField("S", node.asText());
            size += ItemSize.utf8(node.asText());
        }
        json.writeEndObject();
    }

    /**
     * An index key attribute that copies a column as it is must hold a non-empty S, N or B value
     * within the key size limits, or DynamoDB refuses the whole item; the advisor's designs index a
     * derived attribute instead wherever a column's values may not qualify, so this only catches
     * hand-made designs.
     */
    private String refusedByIndex() {
        for (IndexKeyCheck check : indexChecks) {
            if (check.column < 0) {
                continue;
            }
            Cell cell = written[check.column];
            if (!cell.isPresent()) {
                continue;
            }
            String where = "index " + check.key.index() + " key attribute " + check.key.attribute();
            AttributeType t = cell.type();
            if (!t.isKeyType()) {
                return where + " holds a " + t + " value, which cannot be an index key";
            }
            long bytes = t == AttributeType.B ? cell.bytes().length : t == AttributeType.N ? ItemSize.number(cell.text()) : ItemSize.utf8(cell.text());
            if (bytes == 0) {
                return where + " is empty, which DynamoDB refuses in an index key";
            }
            if (bytes > check.maxBytes) {
                return where + " is " + bytes + " bytes, over DynamoDB's " + check.maxBytes + "-byte limit";
            }
        }
        return null;
    }

    private int columnOf(String attribute) {
        for (int i = 0; i < attributeNames.length; i++) {
            if (attribute.equals(attributeNames[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The tighter limit when an attribute keys several indexes (sort keys allow 1024 bytes, partition keys 2048). */
    private int indexLimit(String attribute) {
        int limit = MAX_PARTITION_KEY_BYTES;
        for (IndexKeyCheck check : indexChecks) {
            if (check.key.attribute().equals(attribute)) {
                limit = Math.min(limit, check.maxBytes);
            }
        }
        return limit;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** A byte buffer whose array can be written out without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        byte[] array() {
            return buf;
        }
    }
}
