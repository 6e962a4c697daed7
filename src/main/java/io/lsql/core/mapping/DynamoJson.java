package io.lsql.core.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming reader and writer of DynamoDB JSON lines ({@code {"Item":{"a":{"S":"x"}}}}), the
 * ImportTable DYNAMODB_JSON format, to and from SDK AttributeValues; and the export's {@link Writer}
 * that encodes one line straight to UTF-8 bytes.
 */
public final class DynamoJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DynamoJson() {
    }

    /** Reads items one at a time from a stream of lines; never holds more than one item. */
    public static final class Reader implements AutoCloseable {
        private final JsonParser parser;

        public Reader(InputStream in) {
            try {
                this.parser = FACTORY.createParser(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The next item, or {@code null} at the end. */
        public Map<String, AttributeValue> next() throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            expect(token, JsonToken.START_OBJECT);
            Map<String, AttributeValue> item = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("Item".equals(field)) {
                    item = readMap();
                } else {
                    parser.skipChildren();
                }
            }
            if (item == null) {
                throw new IOException("line without \"Item\" at " + parser.currentLocation());
            }
            return item;
        }

        private Map<String, AttributeValue> readMap() throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT);
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                map.put(name, readValue());
            }
            return map;
        }

        private AttributeValue readValue() throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT);
            parser.nextToken();
            String type = parser.currentName();
            parser.nextToken();
            AttributeValue value = switch (type) {
                case "S" -> AttributeValue.fromS(parser.getText());
                case "N" -> AttributeValue.fromN(parser.getText());
                case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(parser.getBinaryValue()));
                case "BOOL" -> AttributeValue.fromBool(parser.getBooleanValue());
                case "NULL" -> AttributeValue.fromNul(true);
                case "SS" -> AttributeValue.fromSs(readStrings());
                case "NS" -> AttributeValue.fromNs(readStrings());
                case "BS" -> AttributeValue.fromBs(readStrings().stream()
                        .map(s -> SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(s))).toList());
                case "M" -> AttributeValue.fromM(readMap());
                case "L" -> {
                    List<AttributeValue> list = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        list.add(readValue());
                    }
                    yield AttributeValue.fromL(list);
                }
                default -> throw new IOException("unknown DynamoDB type " + type + " at " + parser.currentLocation());
            };
            expect(parser.nextToken(), JsonToken.END_OBJECT);
            return value;
        }

        private List<String> readStrings() throws IOException {
            List<String> strings = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                strings.add(parser.getText());
            }
            return strings;
        }

        private void expect(JsonToken actual, JsonToken expected) throws IOException {
            if (actual != expected) {
                throw new IOException("malformed DynamoDB JSON: expected " + expected + " but found " + actual + " at "
                        + parser.currentLocation());
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** One DynamoDB JSON line (without the newline) for an item. */
    public static String toLine(Map<String, AttributeValue> item) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("Item");
            writeMap(json, item);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeMap(JsonGenerator json, Map<String, AttributeValue> map) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(json, e.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, AttributeValue value) throws IOException {
        json.writeStartObject();
        switch (value.type()) {
            case S -> json.writeStringField("S", value.s());
            case N -> json.writeStringField("N", value.n());
            case B -> {
                json.writeFieldName("B");
                json.writeBinary(value.b().asByteArray());
            }
            case BOOL -> json.writeBooleanField("BOOL", value.bool());
            case NUL -> json.writeBooleanField("NULL", true);
            case SS -> strings(json, "SS", value.ss());
            case NS -> strings(json, "NS", value.ns());
            case BS -> strings(json, "BS", value.bs().stream()
                    .map(b -> java.util.Base64.getEncoder().encodeToString(b.asByteArray())).toList());
            case M -> {
                json.writeFieldName("M");
                writeMap(json, value.m());
            }
            case L -> {
                json.writeArrayFieldStart("L");
                for (AttributeValue element : value.l()) {
                    writeValue(json, element);
                }
                json.writeEndArray();
            }
            default -> throw new IOException("unsupported attribute value " + value);
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String type, List<String> values) throws IOException {
        json.writeArrayFieldStart(type);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    /**
     * Writes JSON straight into a reusable byte array: the export's per-row encoder, which Jackson's
     * generator made the largest cost of an export (its per-value context and escaping layers). The
     * methods are named as Jackson's, and the bytes are Jackson's too (same escapes: {@code \\n}-style
     * for the five short ones, {@code \\u00XX} for other control characters, {@code \\uXXXX} for each
     * half of a surrogate pair; base64 with padding for binary), so staged files are unchanged.
     * Values follow each other with no separator; {@link #flush} hands the bytes to the stream.
     */
    public static final class Writer {
        private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        /** Per ASCII character: 0 written as is, -1 as \\u00XX, else the letter after the backslash. */
        private static final byte[] ESCAPES = new byte[128];
        /** Characters escaped per room check: bounds the buffer's growth for long strings. */
        private static final int SEGMENT = 4096;

        static {
            Arrays.fill(ESCAPES, 0, 32, (byte) -1);
            ESCAPES['\b'] = 'b';
            ESCAPES['\t'] = 't';
            ESCAPES['\n'] = 'n';
            ESCAPES['\f'] = 'f';
            ESCAPES['\r'] = 'r';
            ESCAPES['"'] = '"';
            ESCAPES['\\'] = '\\';
        }

        private final OutputStream out;
        private byte[] buf = new byte[1024];
        private int size;
        /** Per open object or array: whether it holds a member yet (a comma goes before the next one). */
        private boolean[] filled = new boolean[16];
        private int depth;
        /** A field name was just written: its value needs no comma. */
        private boolean afterName;

        public Writer(OutputStream out) {
            this.out = out;
        }

        public void writeStartObject() {
            open('{');
        }

        public void writeEndObject() {
            close('}');
        }

        public void writeArrayFieldStart(String name) {
            writeFieldName(name);
            open('[');
        }

        public void writeEndArray() {
            close(']');
        }

        public void writeFieldName(String name) {
            beforeValue();
            quoted(name);
            ensure(1);
            buf[size++] = ':';
            afterName = true;
        }

        public void writeString(String value) {
            beforeValue();
            quoted(value);
        }

        public void writeStringField(String name, String value) {
            writeFieldName(name);
            writeString(value);
        }

        public void writeBooleanField(String name, boolean value) {
            writeFieldName(name);
            beforeValue();
            ascii(value ? "true" : "false");
        }

        /** Base64 with padding, no line breaks, in quotes. */
        public void writeBinary(byte[] value) {
            beforeValue();
            byte[] encoded = Base64.getEncoder().encode(value);
            ensure(encoded.length + 2);
            buf[size++] = '"';
            System.arraycopy(encoded, 0, buf, size, encoded.length);
            size += encoded.length;
            buf[size++] = '"';
        }

        /** One ASCII character as it is, e.g. the newline that ends a line. */
        public void writeRaw(char c) {
            ensure(1);
            buf[size++] = (byte) c;
        }

        /** Hands what was written to the stream and starts empty. */
        public void flush() throws IOException {
            out.write(buf, 0, size);
            size = 0;
        }

        private void open(char bracket) {
            beforeValue();
            ensure(1);
            buf[size++] = (byte) bracket;
            if (++depth == filled.length) {
                filled = Arrays.copyOf(filled, depth * 2);
            }
            filled[depth] = false;
        }

        private void close(char bracket) {
            depth--;
            ensure(1);
            buf[size++] = (byte) bracket;
        }

        /** The comma between members of an object or array; none after a field name or at the root. */
        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth > 0) {
                if (filled[depth]) {
                    ensure(1);
                    buf[size++] = ',';
                }
                filled[depth] = true;
            }
        }

        private void ascii(String text) {
            ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                buf[size++] = (byte) text.charAt(i);
            }
        }

        private void quoted(String text) {
            ensure(1);
            buf[size++] = '"';
            int length = text.length();
            for (int from = 0; from < length; from += SEGMENT) {
                segment(text, from, Math.min(length, from + SEGMENT));
            }
            ensure(1);
            buf[size++] = '"';
        }

        /** Characters {@code from} to {@code to} of a string; room for the worst case (6 bytes each) is made once. */
        private void segment(String text, int from, int to) {
            ensure(6 * (to - from));
            byte[] b = buf;
            int p = size;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    byte escape = ESCAPES[c];
                    if (escape == 0) {
                        b[p++] = (byte) c;
                    } else {
                        b[p++] = '\\';
                        if (escape > 0) {
                            b[p++] = escape;
                        } else {
                            p = unicodeEscape(b, p, c);
                        }
                    }
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    b[p++] = '\\';
                    p = unicodeEscape(b, p, c);
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            size = p;
        }

        /** {@code uXXXX} (the backslash is written by the caller). */
        private static int unicodeEscape(byte[] b, int p, char c) {
            b[p++] = 'u';
            b[p++] = HEX[(c >> 12) & 0xF];
            b[p++] = HEX[(c >> 8) & 0xF];
            b[p++] = HEX[(c >> 4) & 0xF];
            b[p++] = HEX[c & 0xF];
            return p;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }
    }
}
