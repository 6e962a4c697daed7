package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed item editor's parse and print, and raw DynamoDB JSON. */
class ItemEditorTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "S    | hello                      | {\"S\":\"hello\"}                           | hello",
            "S    | ''                         | {\"S\":\"\"}                                | ''",
            "N    | 12.50                      | {\"N\":\"12.5\"}                            | 12.5",
            "N    | -0.000                     | {\"N\":\"0\"}                               | 0",
            "N    | 12345678901234567890123456789012345678 | {\"N\":\"12345678901234567890123456789012345678\"} | 12345678901234567890123456789012345678",
            "BOOL | TRUE                       | {\"BOOL\":true}                             | true",
            "BOOL | 0                          | {\"BOOL\":false}                            | false",
            "NULL | anything                   | {\"NULL\":true}                             | null",
            "B    | AQID                       | {\"B\":\"AQID\"}                            | AQID",
            "SS   | [\"a\", \"b\"]             | {\"SS\":[\"a\",\"b\"]}                      | [\"a\",\"b\"]",
            "NS   | [1, 2.50]                  | {\"NS\":[\"1\",\"2.5\"]}                    | [\"1\",\"2.5\"]",
            "BS   | [\"AQ==\"]                 | {\"BS\":[\"AQ==\"]}                         | [\"AQ==\"]",
            "M    | {\"a\": 1, \"b\": [true, null, \"x\"]} | {\"M\":{\"a\":{\"N\":\"1\"},\"b\":{\"L\":[{\"BOOL\":true},{\"NULL\":true},{\"S\":\"x\"}]}}} | {\"a\":1,\"b\":[true,null,\"x\"]}",
            "L    | [1.5, {\"k\": \"v\"}]      | {\"L\":[{\"N\":\"1.5\"},{\"M\":{\"k\":{\"S\":\"v\"}}}]} | [1.5,{\"k\":\"v\"}]",
    })
    void parsesAndPrintsEachType(ItemType type, String text, String json, String printed) {
        ItemValue value = ItemEditor.parse(type, text);
        assertEquals(json, ItemCodec.json(value));
        assertEquals(printed, ItemEditor.print(value));
        assertEquals(value, ItemEditor.parse(type, ItemEditor.print(value)), "print reads back");
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "N    | 123456789012345678901234567890123456789 | is not a DynamoDB number",
            "N    | 1E+126                     | is not a DynamoDB number",
            "N    | twelve                     | is not a DynamoDB number",
            "BOOL | yes                        | is not a BOOL",
            "B    | not base64!                | is not base64",
            "SS   | []                         | needs at least one member",
            "SS   | [\"a\", \"a\"]             | may not hold the same member twice",
            "SS   | a,b                        | not JSON for a SS",
            "M    | [1]                        | A M is written as a JSON object",
            "L    | {}                         | A L is written as a JSON array",
    })
    void refusesInvalidTextInOneSentence(ItemType type, String text, String message) {
        LsqlException e = assertThrows(LsqlException.class, () -> ItemEditor.parse(type, text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), e.getMessage());
    }

    @Test
    void rawDynamoJsonReadsAndPrintsThroughTheMigrationsReader() {
        String json = "{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"2\"},\"tags\":{\"SS\":[\"x\"]},\"doc\":{\"M\":{\"b\":{\"B\":\"AQ==\"}}}}";
        Item item = Item.fromJson(json);
        assertEquals(List.of("id", "n", "tags", "doc"), List.copyOf(item.attributes().keySet()));
        assertEquals(json, item.toJson());
        assertEquals(item, Item.fromJson("{\"Item\":" + json + "}"));
        LsqlException bad = assertThrows(LsqlException.class, () -> Item.fromJson("{\"id\": \"1\"}"));
        assertTrue(bad.getMessage().startsWith("That is not DynamoDB JSON"), bad.getMessage());
        assertThrows(LsqlException.class, () -> Item.fromJson("{\"n\": {\"N\": \"1e999\"}}"));
        assertEquals(Map.of(), Item.fromJson("{}").attributes());
    }
}
