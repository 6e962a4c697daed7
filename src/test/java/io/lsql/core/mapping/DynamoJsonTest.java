package io.lsql.core.mapping;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
