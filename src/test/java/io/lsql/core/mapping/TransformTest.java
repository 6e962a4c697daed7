package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import io.lsql.core.schema.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each transform on the column types it applies to: the server's text goes through the row mapper and
 * the encoder, and the column's attribute comes out as the transform says; misfits are refused when the
 * layout is built.
 */
class TransformTest {

    private static final SourceColumn ID = SourceColumn.of(column("id", "varchar(20)"));

    @ParameterizedTest(name = "{1} {2} {3} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "datetime     | datetime       | default       | 2024-01-02 03:04:05        | {'S':'2024-01-02T03:04:05'}",
            "datetime     | datetime(6)    | iso-text      | 2024-01-02 03:04:05.123456 | {'S':'2024-01-02T03:04:05.123456'}",
            "datetime     | datetime       | epoch-seconds | 2024-01-02 03:04:05        | {'N':'1704164645'}",
            "datetime     | datetime(6)    | epoch-seconds | 2024-01-02 03:04:05.999999 | {'N':'1704164645'}",
            "datetime     | datetime(6)    | epoch-millis  | 2024-01-02 03:04:05.123456 | {'N':'1704164645123'}",
            "datetime     | datetime(1)    | epoch-millis  | 2024-01-02 03:04:05.5      | {'N':'1704164645500'}",
            "datetime     | datetime(3)    | epoch-seconds | 1969-12-31 23:59:59.500    | {'N':'-1'}",
            "datetime     | datetime(3)    | epoch-millis  | 1969-12-31 23:59:59.500    | {'N':'-500'}",
            "datetime     | datetime       | epoch-seconds | 1000-01-01 00:00:00        | {'N':'-30610224000'}",
            "timestamp    | timestamp      | default       | 2024-01-02 03:04:05        | {'S':'2024-01-02T03:04:05Z'}",
            "timestamp    | timestamp      | epoch-seconds | 2024-01-02 03:04:05        | {'N':'1704164645'}",
            "timestamp    | timestamp(3)   | epoch-millis  | 2038-01-19 03:14:07.250    | {'N':'2147483647250'}",
            "date         | date           | epoch-seconds | 2024-01-02                 | {'N':'1704153600'}",
            "date         | date           | epoch-millis  | 1970-01-01                 | {'N':'0'}",
            "date         | date           | iso-text      | 2024-01-02                 | {'S':'2024-01-02'}",
            "tinyint      | tinyint(1)     | default       | 1                          | {'BOOL':true}",
            "tinyint      | tinyint(1)     | bool          | 0                          | {'BOOL':false}",
            "tinyint      | tinyint(1)     | number        | 1                          | {'N':'1'}",
            "tinyint      | tinyint(1)     | number        | 0                          | {'N':'0'}",
            "tinyint      | tinyint(1)     | number        | 2                          | {'N':'2'}",
            "tinyint      | tinyint(1)     | string        | 1                          | {'S':'1'}",
            "json         | json           | default       | {\"a\":[1,true]}           | {'M':{'a':{'L':[{'N':'1'},{'BOOL':true}]}}}",
            "json         | json           | document      | [\"x\",null]               | {'L':[{'S':'x'},{'NULL':true}]}",
            "json         | json           | string        | {\"a\":1}                  | {'S':'{\\'a\\':1}'}",
            "decimal      | decimal(10,2)  | default       | 12.50                      | {'N':'12.5'}",
            "decimal      | decimal(10,2)  | number        | 12.50                      | {'N':'12.5'}",
            "decimal      | decimal(10,2)  | string        | 12.50                      | {'S':'12.50'}",
            "decimal      | decimal(40,0)  | default       | 1234567890123456789012345678901234567890 | {'S':'1234567890123456789012345678901234567890'}",
            "decimal      | decimal(40,2)  | number        | 1.50                       | {'N':'1.5'}",
            "decimal      | decimal(40,0)  | number        | 1000000000000000000000000000000000000000 | {'N':'1000000000000000000000000000000000000000'}",
            "int          | int            | string        | -42                        | {'S':'-42'}",
            "bigint       | bigint unsigned| string        | 18446744073709551615       | {'S':'18446744073709551615'}",
            "int          | int            | number        | 7                          | {'N':'7'}",
            "double       | double         | default       | 1.5E-7                     | {'N':'0.00000015'}",
            "double       | double         | string        | 1.5E-7                     | {'S':'0.00000015'}",
            "double       | double         | string        | 12.0                       | {'S':'12'}",
            "float        | float          | string        | 0.10000000149011612        | {'S':'0.1'}",
            "varchar      | varchar(10)    | string        | abc                        | {'S':'abc'}",
            "set          | set('a','b')   | string        | a,b                        | {'S':'a,b'}",
    })
    void theColumnIsWrittenAsItsTransformSays(String dataType, String columnType, String transform, String serverText,
                                              String expected) {
        SourceColumn value = SourceColumn.of(typed("v", dataType, columnType));
        ItemLayout layout = layout(value).withTransforms(Map.of("v", Transform.parse(transform)));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        assertTrue(row.map(1, serverText).isEmpty());
        ItemEncoder encoder = new ItemEncoder(layout);
        ItemEncoder.Result result = encoder.encode(row);
        assertTrue(result.ok(), result.reason());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"},\"v\":" + expected.replace('\'', '"') + "}}\n", text(encoder));
    }

    @ParameterizedTest(name = "{1} {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "decimal  | decimal(50,0) | number        | 12345678901234567890123456789012345678901 | column v: 12345678901234567890123456789012345678901 is outside DynamoDB's number range",
            "datetime | datetime      | epoch-seconds | 2024-00-10 00:00:00 | column v: 2024-00-10T00:00:00 is not a calendar date, so it has no epoch-seconds value",
            "date     | date          | epoch-millis  | 2023-02-29          | column v: 2023-02-29 is not a calendar date, so it has no epoch-millis value",
    })
    void aValueItsTransformCannotWriteRejectsTheRowByName(String dataType, String columnType, String transform,
                                                          String serverText, String reason) {
        SourceColumn value = SourceColumn.of(typed("v", dataType, columnType));
        ItemLayout layout = layout(value).withTransforms(Map.of("v", Transform.parse(transform)));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        assertTrue(row.map(1, serverText).isEmpty());
        ItemEncoder encoder = new ItemEncoder(layout);
        ItemEncoder.Result result = encoder.encode(row);
        assertFalse(result.ok());
        assertEquals("id=k1", result.key());
        assertTrue(result.reason().startsWith(reason), result.reason());
        row.map(1, null);
        assertTrue(encoder.encode(row).ok(), "the encoder is ready for the next row");
    }

    @Test
    void aNumberBeyondDynamoDbsRangeFitsAsTextUnlessAKeyNeedsIt() {
        SourceColumn value = SourceColumn.of(typed("v", "double", "double"));
        ItemLayout asText = layout(value).withTransforms(Map.of("v", Transform.STRING));
        RowMapper row = new RowMapper(asText);
        row.map(0, "k1");
        assertTrue(row.map(1, "1.0E300").isEmpty());
        ItemEncoder encoder = new ItemEncoder(asText);
        assertTrue(encoder.encode(row).ok());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"},\"v\":{\"S\":\"1E+300\"}}}\n", text(encoder));

        assertTrue(new RowMapper(layout(value)).map(1, "1e300").isPresent(), "as a number it is a reject");
        List<SourceColumn> columns = List.of(ID, value);
        ItemLayout inKey = new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), KeyTemplate.of("sk", "{v}", columns),
                List.of(), Map.of(), Set.of(), false, List.of()).withTransforms(Map.of("v", Transform.STRING));
        assertTrue(new RowMapper(inKey).map(1, "1e300").isPresent(), "a key keeps the stored number, which can't be one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"epoch-seconds", "epoch-millis", "iso-text"})
    void zeroDatesStayLeftOutAndCounted(String transform) {
        SourceColumn value = SourceColumn.of(typed("v", "datetime", "datetime"));
        ItemLayout layout = layout(value).withTransforms(Map.of("v", Transform.parse(transform)));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        row.map(1, "0000-00-00 00:00:00");
        ItemEncoder encoder = new ItemEncoder(layout);
        assertTrue(encoder.encode(row).ok());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"}}}\n", text(encoder));
        assertEquals(1, row.zeroDates());
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', value = {
            "varchar  | varchar(20)  | epoch-seconds | Column v (varchar(20)) cannot take the transform epoch-seconds, which applies to DATE, DATETIME and TIMESTAMP columns only.",
            "time     | time         | epoch-millis  | Column v (time) cannot take the transform epoch-millis, which applies to DATE, DATETIME and TIMESTAMP columns only.",
            "int      | int          | bool          | Column v (int) cannot take the transform bool, which applies to TINYINT(1), BOOLEAN and BIT(1) columns only.",
            "json     | json         | number        | Column v (json) cannot take the transform number, which applies to numeric columns and TINYINT(1)/BIT(1) only.",
            "varchar  | varchar(20)  | document      | Column v (varchar(20)) cannot take the transform document, which applies to JSON columns only.",
            "blob     | blob         | string        | Column v (blob) cannot take the transform string, which applies to every column except binary ones (BINARY, VARBINARY, BLOB, BIT(n)), whose bytes have no text form.",
            "datetime | datetime     | number        | Column v (datetime) cannot take the transform number, which applies to numeric columns and TINYINT(1)/BIT(1) only.",
            "tinyint  | tinyint(1)   | number        | ",
            "bit      | bit(1)       | number        | ",
            "bit      | bit(1)       | bool          | ",
            "decimal  | decimal(40,0)| string        | ",
            "timestamp| timestamp    | epoch-millis  | ",
            "json     | json         | string        | ",
            "blob     | blob         | default       | ",
    })
    void aTransformThatDoesNotFitItsColumnIsRefusedInOneSentence(String dataType, String columnType, String transform,
                                                                 String message) {
        SourceColumn value = SourceColumn.of(typed("v", dataType, columnType));
        assertEquals(message, Transform.check(value, Transform.parse(transform)));
        if (message != null) {
            LsqlException refused = assertThrows(LsqlException.class,
                    () -> layout(value).withTransforms(Map.of("v", Transform.parse(transform))));
            assertEquals(message, refused.getMessage());
        }
    }

    @ParameterizedTest(name = "{1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "datetime | datetime      | default       | S",
            "datetime | datetime      | epoch-seconds | N",
            "tinyint  | tinyint(1)    | default       | BOOL",
            "tinyint  | tinyint(1)    | number        | N",
            "json     | json          | default       | DOCUMENT",
            "json     | json          | string        | S",
            "decimal  | decimal(40,0) | default       | S",
            "decimal  | decimal(40,0) | number        | N",
            "int      | int           | string        | S",
    })
    void theAttributeTypeUnderATransformIsKnownBeforeAnyRow(String dataType, String columnType, String transform, String type) {
        SourceColumn value = SourceColumn.of(typed("v", dataType, columnType));
        assertEquals(AttributeType.valueOf(type), Transform.attributeType(value, Transform.parse(transform)));
        assertEquals(AttributeType.valueOf(type),
                layout(value).withTransforms(Map.of("v", Transform.parse(transform))).attributeType(1));
    }

    @Test
    void theChoicesForAColumnAreTheTransformsThatFit() {
        assertEquals(List.of(Transform.DEFAULT, Transform.STRING, Transform.ISO_TEXT, Transform.EPOCH_SECONDS,
                Transform.EPOCH_MILLIS), Transform.choices(SourceColumn.of(typed("v", "datetime", "datetime"))));
        assertEquals(List.of(Transform.DEFAULT, Transform.STRING, Transform.NUMBER, Transform.BOOL),
                Transform.choices(SourceColumn.of(typed("v", "tinyint", "tinyint(1)"))));
        assertEquals(List.of(Transform.DEFAULT), Transform.choices(SourceColumn.of(typed("v", "blob", "blob"))));
    }

    @Test
    void aBitColumnWrittenAsANumberIsZeroOrOne() {
        SourceColumn value = SourceColumn.of(typed("v", "bit", "bit(1)"));
        ItemLayout layout = layout(value).withTransforms(Map.of("v", Transform.NUMBER));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        row.cell(1).bool(true, "1");
        ItemEncoder encoder = new ItemEncoder(layout);
        assertTrue(encoder.encode(row).ok());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"},\"v\":{\"N\":\"1\"}}}\n", text(encoder));
    }

    @Test
    void aTinyintWrittenAsANumberIsNotCountedAsANonBoolean() {
        SourceColumn value = SourceColumn.of(typed("v", "tinyint", "tinyint(1)"));
        RowMapper asNumber = new RowMapper(layout(value).withTransforms(Map.of("v", Transform.NUMBER)));
        asNumber.map(1, "2");
        assertEquals(0, asNumber.nonBooleans());
        RowMapper asBool = new RowMapper(layout(value));
        asBool.map(1, "2");
        assertEquals(1, asBool.nonBooleans(), "written as true, so counted");
    }

    @Test
    void keysAreBuiltFromTheStoredValueWhateverTheColumnsTransform() {
        SourceColumn at = SourceColumn.of(typed("at", "datetime", "datetime"));
        List<SourceColumn> columns = List.of(ID, at);
        ItemLayout layout = new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), KeyTemplate.of("sk", "AT#{at}", columns),
                List.of(), Map.of(), Set.of(), false, List.of()).withTransforms(Map.of("at", Transform.EPOCH_SECONDS));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        row.map(1, "2024-01-02 03:04:05");
        ItemEncoder encoder = new ItemEncoder(layout);
        assertTrue(encoder.encode(row).ok());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"},\"sk\":{\"S\":\"AT#2024-01-02T03:04:05\"},\"at\":{\"N\":\"1704164645\"}}}\n",
                text(encoder));
    }

    @Test
    void anIndexKeyIsCheckedAsItsColumnIsWritten() {
        SourceColumn doc = SourceColumn.of(typed("doc", "json", "json"));
        List<SourceColumn> columns = List.of(ID, doc);
        ItemLayout layout = new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), null, List.of(), Map.of(), Set.of(),
                false, List.of(new ItemLayout.IndexKey("by_doc", "doc", true)));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        row.map(1, "{\"a\":1}");
        assertFalse(new ItemEncoder(layout).encode(row).ok(), "a document cannot be an index key");
        assertTrue(new ItemEncoder(layout.withTransforms(Map.of("doc", Transform.STRING))).encode(row).ok(),
                "its text can");
    }

    @ParameterizedTest(name = "{0} on an index keyed as {1}")
    @CsvSource(delimiter = '|', value = {
            "epoch-seconds | S | Column at is written as N (transform epoch-seconds) but index by_at is keyed on it as S; keep the column's type or key the index on another attribute.",
            "epoch-seconds | N | ",
            "iso-text      | S | ",
            "epoch-millis  |   | ",
    })
    void aTransformMayNotChangeTheTypeAnIndexIsKeyedOn(String transform, String indexType, String message) {
        SourceColumn at = SourceColumn.of(typed("at", "datetime", "datetime"));
        List<SourceColumn> columns = List.of(ID, at);
        ItemLayout layout = new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), null, List.of(), Map.of(), Set.of(),
                false, List.of(new ItemLayout.IndexKey("by_at", "at", true, indexType == null ? null : AttributeType.valueOf(indexType))));
        if (message == null) {
            assertEquals(Transform.parse(transform), layout.withTransforms(Map.of("at", Transform.parse(transform))).transform(1));
        } else {
            LsqlException refused = assertThrows(LsqlException.class,
                    () -> layout.withTransforms(Map.of("at", Transform.parse(transform))));
            assertEquals(message, refused.getMessage());
        }
    }

    @Test
    void aKeyOverATransformedColumnKeepsItsIndexType() {
        SourceColumn at = SourceColumn.of(typed("at", "datetime", "datetime"));
        List<SourceColumn> columns = List.of(ID, at);
        ItemLayout layout = new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), KeyTemplate.of("at", "{at}", columns),
                List.of(), Map.of(), Set.of(), false, List.of(new ItemLayout.IndexKey("by_at", "at", true, AttributeType.S)));
        assertEquals(Transform.EPOCH_SECONDS, layout.withTransforms(Map.of("at", Transform.EPOCH_SECONDS)).transform(1),
                "the sort key writes the stored text, so the index still gets S");
    }

    @Test
    void anUnknownColumnCannotBeTransformed() {
        LsqlException refused = assertThrows(LsqlException.class,
                () -> layout(SourceColumn.of(typed("v", "int", "int"))).withTransforms(Map.of("w", Transform.STRING)));
        assertEquals("Cannot transform unknown column 'w'; the source has: id, v.", refused.getMessage());
    }

    @Test
    void defaultTransformsAreNotKept() {
        ItemLayout layout = layout(SourceColumn.of(typed("v", "int", "int"))).withTransforms(Map.of("v", Transform.DEFAULT));
        assertTrue(layout.transforms().isEmpty());
        assertEquals(Transform.DEFAULT, layout.transform(1));
    }

    static ItemLayout layout(SourceColumn value) {
        List<SourceColumn> columns = List.of(ID, value);
        return new ItemLayout(columns, KeyTemplate.of("id", "{id}", columns), null, List.of(), Map.of(), Set.of(), false,
                List.of());
    }

    static String text(ItemEncoder encoder) {
        return new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8);
    }

    static Column column(String name, String columnType) {
        return typed(name, columnType.replaceAll("\\(.*", ""), columnType);
    }

    /** A column as the schema reader describes it, with precision and scale taken from the declaration. */
    static Column typed(String name, String dataType, String columnType) {
        Matcher numeric = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)").matcher(columnType);
        Integer precision = null;
        Integer scale = null;
        if (dataType.equals("decimal") && numeric.find()) {
            precision = Integer.parseInt(numeric.group(1));
            scale = numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
        }
        return new Column(name, 1, dataType, columnType.toLowerCase(Locale.ROOT), 20L, 80L, precision, scale, null,
                columnType.contains("unsigned"), true, null, null, false, "utf8mb4", List.of());
    }
}
