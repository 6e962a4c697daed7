package io.lsql.core.mapping;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DynamoJsonTest {

    @Test
    void everyAttributeTypeRoundTripsThroughOneLine() throws Exception {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.fromS("It's \"quoted\"\n\t\\ 😀"));
        item.put("empty", AttributeValue.fromS(""));
        item.put("n", AttributeValue.fromN("-12.5"));
        item.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, (byte) 0xFF, 0})));
        item.put("t", AttributeValue.fromBool(true));
        item.put("z", AttributeValue.fromNul(true));
        item.put("ss", AttributeValue.fromSs(List.of("a", "b")));
        item.put("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("x"))))));
        String line = DynamoJson.toLine(item);
        assertEquals(1, line.lines().count());
        try (DynamoJson.Reader reader = new DynamoJson.Reader(new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)))) {
            Map<String, AttributeValue> first = reader.next();
            assertEquals(item, first);
            assertArrayEquals(new byte[] {0, (byte) 0xFF, 0}, first.get("b").b().asByteArray());
            assertEquals(item, reader.next());
            assertNull(reader.next());
        }
        assertArrayEquals(ItemHash.of(item), ItemHash.of(Map.of("n", AttributeValue.fromN("-12.50"), "s", item.get("s"),
                "empty", item.get("empty"), "b", item.get("b"), "t", item.get("t"), "z", item.get("z"),
                "ss", AttributeValue.fromSs(List.of("b", "a")), "m", item.get("m"))), "hash ignores order and number formatting");
    }

    /** The export's writer must stage exactly the bytes Jackson's generator wrote before it. */
    @Test
    void theByteWriterWritesWhatJacksonWrites() throws IOException {
        Random random = new Random(42);
        List<String> texts = new java.util.ArrayList<>(List.of("", "plain", "It's \"quoted\"\n\t\\ 😀", "\u0000\u001f\u007f\b\f\r/",
                "é ß € 中文", "\uD83D", "\uDE00x", "x\uD83D\uDE00", "a".repeat(10_000) + "\u0001é😀".repeat(3000)));
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            every.append(c);
        }
        texts.add(every.toString());
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
            }
            texts.add(new String(chars));
        }
        ByteArrayOutputStream jackson = new ByteArrayOutputStream();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonGenerator generator = new JsonFactory().createGenerator(jackson, JsonEncoding.UTF8);
        generator.setRootValueSeparator(null);
        DynamoJson.Writer writer = new DynamoJson.Writer(ours);
        for (int line = 0; line < 3; line++) {
            writeSample(generator, texts, line);
            generator.writeRaw('\n');
            generator.flush();
            writeSample(writer, texts, line);
            writer.writeRaw('\n');
            writer.flush();
        }
        assertEquals(jackson.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
        assertArrayEquals(jackson.toByteArray(), ours.toByteArray());
    }

    private static void writeSample(JsonGenerator json, List<String> texts, int line) throws IOException {
        json.writeStartObject();
        json.writeFieldName("Item");
        json.writeStartObject();
        for (int i = 0; i < texts.size(); i++) {
            json.writeStringField(name(texts, i, line), texts.get(i));
        }
        json.writeFieldName("b");
        json.writeBinary(new byte[] {0, (byte) 0xFF, 1, 2, (byte) line});
        json.writeBooleanField("t", line % 2 == 0);
        json.writeArrayFieldStart("SS");
        texts.subList(0, 5).forEach(t -> write(json, t));
        json.writeEndArray();
        json.writeFieldName("M");
        json.writeStartObject();
        json.writeArrayFieldStart("L");
        json.writeStartObject();
        json.writeBooleanField("NULL", true);
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("N", "1");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A field name with odd characters too: the start of another sample text. */
    private static String name(List<String> texts, int i, int line) {
        String other = texts.get((i + line) % texts.size());
        return "k" + i + other.substring(0, Math.min(3, other.length()));
    }

    private static void write(JsonGenerator json, String text) {
        try {
            json.writeString(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void writeSample(DynamoJson.Writer json, List<String> texts, int line) {
        json.writeStartObject();
        json.writeFieldName("Item");
        json.writeStartObject();
        for (int i = 0; i < texts.size(); i++) {
            json.writeStringField(name(texts, i, line), texts.get(i));
        }
        json.writeFieldName("b");
        json.writeBinary(new byte[] {0, (byte) 0xFF, 1, 2, (byte) line});
        json.writeBooleanField("t", line % 2 == 0);
        json.writeArrayFieldStart("SS");
        texts.subList(0, 5).forEach(json::writeString);
        json.writeEndArray();
        json.writeFieldName("M");
        json.writeStartObject();
        json.writeArrayFieldStart("L");
        json.writeStartObject();
        json.writeBooleanField("NULL", true);
        json.writeEndObject();
        json.writeStartObject();
        json.writeStringField("N", "1");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
