package io.lsql.core.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema diagram's layers: a child one layer below its parent, a layer wrapping after five boxes. */
class SchemaSvgTest {

    private static SchemaTable table(String name, String parent) {
        List<SchemaTable.Relation> fks = parent == null ? List.of()
                : List.of(new SchemaTable.Relation(name + "_fk", List.of("p_id"), parent, List.of("id")));
        return new SchemaTable(name, "table", 1, 0, List.of("id"), List.of("id"), fks, name, parent == null ? null : name);
    }

    @Test
    void childrenGoBelowTheirParentsAndWideLayersWrap() {
        List<SchemaTable> tables = new ArrayList<>();
        tables.add(table("lines", "orders"));
        tables.add(table("orders", null));
        for (int i = 1; i <= 6; i++) {
            tables.add(table("t" + i, null));
        }
        String svg = SchemaSvg.of(tables);
        int row = SchemaSvg.BOX_H + SchemaSvg.GAP_Y;
        // layer 0 holds orders and t1..t6: seven boxes on two rows; lines starts the third row
        assertTrue(svg.contains("<rect x=\"10\" y=\"" + (10 + 2 * row) + "\""), svg);
        assertTrue(svg.contains("<title>lines: item collections in lines</title>"), svg);
        assertEquals(1, svg.split("<line ", -1).length - 1);
        assertTrue(svg.contains("width=\"" + (2 * 10 + 5 * (SchemaSvg.BOX_W + SchemaSvg.GAP_X) - SchemaSvg.GAP_X) + "\""), svg);
    }
}
