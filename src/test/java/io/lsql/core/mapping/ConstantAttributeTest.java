package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.lsql.core.mapping.TransformTest.column;
import static io.lsql.core.mapping.TransformTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constant S attributes (a single-table design's entity type): on every item, after the columns, never replacing one. */
class ConstantAttributeTest {

    private static final List<SourceColumn> COLUMNS = List.of(SourceColumn.of(column("id", "varchar(20)")),
            SourceColumn.of(column("name", "varchar(20)")));

    @Test
    void constantsAreWrittenAsStringsAfterTheColumnsInNameOrder() {
        ItemLayout layout = layout(Map.of(), Set.of()).withConstants(Map.of("entity", "Order", "source", "app_db"));
        RowMapper row = new RowMapper(layout);
        row.map(0, "k1");
        row.map(1, "Ann");
        ItemEncoder encoder = new ItemEncoder(layout);
        ItemEncoder.Result result = encoder.encode(row);
        assertTrue(result.ok(), result.reason());
        assertEquals("{\"Item\":{\"id\":{\"S\":\"k1\"},\"name\":{\"S\":\"Ann\"},\"entity\":{\"S\":\"Order\"},"
                + "\"source\":{\"S\":\"app_db\"}}}\n", text(encoder));
        assertEquals("idk1nameAnn".length() + "entityOrdersourceapp_db".length(), result.itemBytes(),
                "constants count toward the item size");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name  | ''     | ''   | The constant attribute 'name' is named like an attribute the item already has; rename the constant, or rename or drop that column.",
            "label | name   | ''   | The constant attribute 'label' is named like an attribute the item already has; rename the constant, or rename or drop that column.",
            "id    | ''     | ''   | The constant attribute 'id' is named like an attribute the item already has; rename the constant, or rename or drop that column.",
            "name  | ''     | name | ",
            "name  | name   | ''   | ",
    })
    void aConstantNeverReplacesAnAttribute(String constant, String renamedColumn, String droppedColumn, String message) {
        Map<String, String> renames = renamedColumn.isEmpty() ? Map.of() : Map.of(renamedColumn, "label");
        Set<String> drops = droppedColumn.isEmpty() ? Set.of() : Set.of(droppedColumn);
        ItemLayout layout = layout(renames, drops);
        if (message == null) {
            assertEquals(Map.of(constant, "x"), layout.withConstants(Map.of(constant, "x")).constants());
        } else {
            LsqlException refused = assertThrows(LsqlException.class, () -> layout.withConstants(Map.of(constant, "x")));
            assertEquals(message, refused.getMessage());
        }
    }

    @Test
    void transformsAndConstantsSurviveEachOthersCopies() {
        ItemLayout layout = layout(Map.of(), Set.of()).withConstants(Map.of("entity", "Customer"))
                .withTransforms(Map.of("name", Transform.STRING));
        assertEquals(Map.of("entity", "Customer"), layout.constants());
        assertEquals(Transform.STRING, layout.transform(1));
        assertEquals(layout, new ItemLayout(layout.columns(), layout.partitionKey(), null, List.of(), Map.of(), Set.of(), false,
                List.of(), Map.of("name", Transform.STRING), Map.of("entity", "Customer")));
    }

    private static ItemLayout layout(Map<String, String> renames, Set<String> drops) {
        return new ItemLayout(COLUMNS, KeyTemplate.of("id", "{id}", COLUMNS), null, List.of(), renames, drops, false, List.of());
    }
}
