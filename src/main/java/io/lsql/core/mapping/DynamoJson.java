package io.lsql.core.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming reader and writer of DynamoDB JSON lines ({@code {"Item":{"a":{"S":"x"}}}}), the
 * ImportTable DYNAMODB_JSON format, to and from SDK AttributeValues.
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
}
