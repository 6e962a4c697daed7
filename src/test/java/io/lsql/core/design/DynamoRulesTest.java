package io.lsql.core.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB's CreateTable rules, as DynamoDB documents them, enforced without an endpoint. */
class DynamoRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Orders", "app_db.Order-Lines_2", "a.b", "___"})
    void acceptsTableNamesDynamoDbAccepts(String name) {
        assertDoesNotThrow(() -> DynamoRules.checkTableName(name));
        assertDoesNotThrow(() -> DynamoRules.checkTableName(name.repeat(255 / name.length())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b!", "ab", "", "Orders#1", "tëst", "a/b/c", "orders lines"})
    void refusesTableNamesDynamoDbRefusesInOneSentence(String name) {
        LsqlException e = assertThrows(LsqlException.class, () -> DynamoRules.checkTableName(name));
        assertOneSentence(e.getMessage());
        assertTrue(e.getMessage().contains("3 to 255 characters"), e.getMessage());
    }

    @Test
    void refusesTooLongNamesAndNull() {
        assertThrows(LsqlException.class, () -> DynamoRules.checkTableName("t".repeat(256)));
        assertThrows(LsqlException.class, () -> DynamoRules.checkTableName(null));
    }

    @Test
    void acceptsWhatTheDesignWrites() {
        assertDoesNotThrow(() -> DynamoRules.checkCreateTable(table("Orders", 20)));
    }

    @Test
    void refusesMoreThanTwentyGsis() {
        LsqlException e = assertThrows(LsqlException.class, () -> DynamoRules.checkCreateTable(table("Orders", 21)));
        assertTrue(e.getMessage().contains("21 global secondary indexes") && e.getMessage().contains("at most 20"), e.getMessage());
        assertOneSentence(e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/TableName|'a b!'|refuses the table name 'a b!'",
            "/GlobalSecondaryIndexes/0/IndexName|'by region'|refuses the index name 'by region'",
            "/GlobalSecondaryIndexes/0/IndexName|'gsi2'|declares the index gsi2 twice",
            "/AttributeDefinitions/0/AttributeType|'BOOL'|must be S (string), N (number) or B (binary)",
            "/AttributeDefinitions/0/AttributeType|'SS'|must be S (string), N (number) or B (binary)",
            "/KeySchema/0/KeyType|'RANGE'|must be one HASH attribute",
            "/KeySchema/1/AttributeName|'pk'|as both partition and sort key",
            "/KeySchema/1/AttributeName|'nowhere'|has no AttributeDefinitions entry",
            "/GlobalSecondaryIndexes/0/Projection/ProjectionType|'SOME'|accepts ALL, KEYS_ONLY or INCLUDE",
    })
    void refusesInvalidCreateTableInputInOneSentence(String pointer, String value, String expected) {
        ObjectNode json = table("Orders", 3);
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) json.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        LsqlException e = assertThrows(LsqlException.class, () -> DynamoRules.checkCreateTable(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertOneSentence(e.getMessage());
    }

    @Test
    void refusesUnusedAttributeDefinitionsAndOverlongKeyNames() {
        ObjectNode extra = table("Orders", 0);
        ((ArrayNode) extra.get("AttributeDefinitions")).addObject().put("AttributeName", "unused").put("AttributeType", "S");
        assertTrue(assertThrows(LsqlException.class, () -> DynamoRules.checkCreateTable(extra)).getMessage().contains("[unused]"));

        ObjectNode longKey = table("Orders", 0);
        String name = "k".repeat(256);
        ((ObjectNode) longKey.at("/AttributeDefinitions/0")).put("AttributeName", name);
        ((ObjectNode) longKey.at("/KeySchema/0")).put("AttributeName", name);
        LsqlException e = assertThrows(LsqlException.class, () -> DynamoRules.checkCreateTable(longKey));
        assertTrue(e.getMessage().contains("1 to 255 bytes"), e.getMessage());
        assertFalse(e.getMessage().contains(name), "a long name is abbreviated: " + e.getMessage());
    }

    @Test
    void refusesMoreThanOneHundredProjectedAttributes() {
        ObjectNode json = table("Orders", 2);
        for (int g = 0; g < 2; g++) {
            ObjectNode projection = (ObjectNode) json.at("/GlobalSecondaryIndexes/" + g + "/Projection");
            projection.put("ProjectionType", "INCLUDE");
            ArrayNode nonKey = projection.putArray("NonKeyAttributes");
            for (int i = 0; i < 51; i++) {
                nonKey.add("a" + i);
            }
        }
        LsqlException e = assertThrows(LsqlException.class, () -> DynamoRules.checkCreateTable(json));
        assertTrue(e.getMessage().contains("102 non-key attributes"), e.getMessage());
    }

    @Test
    void toRequestRefusesBeforeAnyEndpointIsCalled() {
        LsqlException e = assertThrows(LsqlException.class, () -> CreateTableJson.toRequest(table("a b!", 0)));
        assertTrue(e.getMessage().startsWith("DynamoDB refuses the table name 'a b!'"), e.getMessage());
    }

    /** A table keyed pk (S) + sk (N) with {@code gsis} indexes gsi1…gsiN on g1…gN. */
    private static ObjectNode table(String name, int gsis) {
        ObjectNode root = JSON.createObjectNode();
        root.put("TableName", name);
        ArrayNode definitions = root.putArray("AttributeDefinitions");
        definitions.addObject().put("AttributeName", "pk").put("AttributeType", "S");
        definitions.addObject().put("AttributeName", "sk").put("AttributeType", "N");
        ArrayNode key = root.putArray("KeySchema");
        key.addObject().put("AttributeName", "pk").put("KeyType", "HASH");
        key.addObject().put("AttributeName", "sk").put("KeyType", "RANGE");
        root.put("BillingMode", "PAY_PER_REQUEST");
        if (gsis > 0) {
            ArrayNode indexes = root.putArray("GlobalSecondaryIndexes");
            for (int i = 1; i <= gsis; i++) {
                definitions.addObject().put("AttributeName", "g" + i).put("AttributeType", "S");
                ObjectNode index = indexes.addObject();
                index.put("IndexName", "gsi" + i);
                index.putArray("KeySchema").addObject().put("AttributeName", "g" + i).put("KeyType", "HASH");
                index.putObject("Projection").put("ProjectionType", "ALL");
            }
        }
        return root;
    }

    private static void assertOneSentence(String message) {
        assertFalse(message.contains("\n"), message);
        assertTrue(message.endsWith("."), message);
    }
}
