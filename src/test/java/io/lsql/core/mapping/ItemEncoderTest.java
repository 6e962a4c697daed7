package io.lsql.core.mapping;

import io.lsql.core.schema.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The item encoder on cells filled in code: one DynamoDB JSON line per row, keys first, limits enforced. */
class ItemEncoderTest {

    private static final List<SourceColumn> COLUMNS = List.of(
            SourceColumn.of(column("id", "varchar", "varchar(20)", 80L)),
            SourceColumn.of(column("value", "varchar", "varchar(400)", 1600L)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "S     | abc  | {\"Item\":{\"id\":{\"S\":\"k1\"},\"value\":{\"S\":\"abc\"}}}",
            "N     | 42.50 | {\"Item\":{\"id\":{\"S\":\"k1\"},\"value\":{\"N\":\"42.5\"}}}",
            "BOOL  | 1    | {\"Item\":{\"id\":{\"S\":\"k1\"},\"value\":{\"BOOL\":true}}}",
            "NULL  | -    | {\"Item\":{\"id\":{\"S\":\"k1\"}}}",
            "SS    | a,b  | {\"Item\":{\"id\":{\"S\":\"k1\"},\"value\":{\"SS\":[\"a\",\"b\"]}}}",
    })
    void everyKindOfCellBecomesItsAttribute(String kind, String value, String expected) {
        ItemEncoder encoder = new ItemEncoder(layout(false));
        RowMapper row = new RowMapper(COLUMNS);
        row.cell(0).string("k1");
        fill(row.cell(1), kind, value);
        ItemEncoder.Result result = encoder.encode(row);
        assertTrue(result.ok(), result.reason());
        assertEquals(expected + "\n", new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8));
        assertEquals("id=k1", result.key());
    }

    @Test
    void nullsAreWrittenWhenThePlanAsks() {
        ItemEncoder encoder = new ItemEncoder(layout(true));
        RowMapper row = new RowMapper(COLUMNS);
        row.cell(0).string("k1");
        row.cell(1).absent(Cell.State.NULL);
        assertTrue(encoder.encode(row).ok());
        assertTrue(new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8).contains("\"value\":{\"NULL\":true}"));
    }

    @Test
    void anItemOver400KbIsRejectedWithItsSize() {
        ItemEncoder encoder = new ItemEncoder(layout(false));
        RowMapper row = new RowMapper(COLUMNS);
        row.cell(0).string("k1");
        row.cell(1).string("x".repeat(ItemEncoder.MAX_ITEM_BYTES));
        ItemEncoder.Result result = encoder.encode(row);
        assertFalse(result.ok());
        assertTrue(result.reason().contains("over DynamoDB's 400 KB limit"), result.reason());
    }

    @Test
    void aMissingPartitionKeyRejectsTheRow() {
        ItemEncoder encoder = new ItemEncoder(layout(false));
        RowMapper row = new RowMapper(COLUMNS);
        row.cell(0).absent(Cell.State.NULL);
        row.cell(1).string("v");
        ItemEncoder.Result result = encoder.encode(row);
        assertFalse(result.ok(), "a NULL partition key cannot become an item");
    }

    private static void fill(Cell cell, String kind, String value) {
        switch (kind) {
            case "S" -> cell.string(value);
            case "N" -> cell.number(NumberText.canonical(value).orElseThrow(), value);
            case "BOOL" -> cell.bool(!"0".equals(value), value);
            case "SS" -> cell.stringSet(List.of(value.split(",")));
            default -> cell.absent(Cell.State.NULL);
        }
    }

    private static ItemLayout layout(boolean writeNulls) {
        return new ItemLayout(COLUMNS, KeyTemplate.of("id", "{id}", COLUMNS), null, List.of(), Map.of(), Set.of(), writeNulls,
                List.of());
    }

    private static Column column(String name, String type, String declared, Long maxBytes) {
        return new Column(name, 1, type, declared, 20L, maxBytes, null, null, null, false, true, null, null, false, "utf8mb4",
                List.of());
    }
}
