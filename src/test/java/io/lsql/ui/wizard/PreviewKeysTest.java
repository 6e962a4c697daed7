package io.lsql.ui.wizard;

import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Target;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The key attributes of previewed items: the table's and each index's, found in the pretty DynamoDB JSON. */
class PreviewKeysTest {

    private static final Target ORDERS = new Target("orders", new KeyAttribute("cust_id", KeyType.N), new KeyAttribute("ord_id", KeyType.N),
            List.of(new Index("by_status", new KeyAttribute("status", KeyType.S), new KeyAttribute("ord_id", KeyType.N), "ALL", List.of())),
            null, null, 0, 0, LoadMode.BATCH, null, null, List.of());

    @Test
    void theTablesKeysComeFirstAndAnAttributeSharedWithAnIndexStaysATableKey() {
        assertEquals(Map.of("cust_id", PreviewKeys.Role.TABLE_KEY, "ord_id", PreviewKeys.Role.TABLE_KEY, "status", PreviewKeys.Role.INDEX_KEY),
                PreviewKeys.roles(ORDERS));
        assertEquals("Table key: cust_id + ord_id · by_status: status + ord_id", PreviewKeys.legend(ORDERS));
    }

    @Test
    void eachKeyAttributeOfEachItemIsFoundWithItsValueAndNestedNamesAreNot() {
        String item = """
                # 1 — 120 bytes
                {
                  "cust_id" : {
                    "N" : "1"
                  },
                  "notes" : {
                    "M" : {
                      "status" : {
                        "S" : "nested, not a key"
                      }
                    }
                  },
                  "status" : {
                    "S" : "open"
                  }
                }""";
        String preview = item + "\n\n" + item.replace("# 1", "# 2");
        List<PreviewKeys.Highlight> found = PreviewKeys.highlights(preview, PreviewKeys.roles(ORDERS));
        assertEquals(List.of("cust_id", "status", "cust_id", "status"), found.stream().map(PreviewKeys.Highlight::attribute).toList());
        PreviewKeys.Highlight first = found.get(0);
        assertEquals("\"cust_id\" : {\n    \"N\" : \"1\"\n  }", preview.substring(first.start(), first.end()));
        assertEquals(PreviewKeys.Role.INDEX_KEY, found.get(1).role());
        assertEquals("\"status\" : {\n    \"S\" : \"open\"\n  }", preview.substring(found.get(1).start(), found.get(1).end()));
        assertEquals(List.of(), PreviewKeys.highlights("No preview: the source has no rows.", PreviewKeys.roles(ORDERS)));
    }
}
