package io.lsql.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.mapping.Transform;
import io.lsql.core.migrate.MigrationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DmsMappingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {cust_id}                     | ${cust_id}                  | cust_id               | false
            CUST#{cust_id}                | CUST#${cust_id}             | cust_id               | false
            {ord_id}#{ord_line_id}        | ${ord_id}#${ord_line_id}    | ord_id ord_line_id    | false
            {seq:010}                     | ${seq}                      | seq                   | true
            {`a:b`}#{n:05}                | ${a:b}#${n}                 | a:b n                 | true
            {{literal}}#{x}               | {literal}#${x}              | x                     | false
            """)
    void keyTemplatesBecomeDmsValues(String template, String value, String columns, boolean padded) {
        DmsValue converted = DmsValue.of(template);
        assertEquals(value, converted.value());
        assertEquals(List.of(columns.split(" ")), converted.columns());
        assertEquals(padded, converted.padded());
    }

    @Test
    void aContentHashKeyHasNoDmsValue() {
        assertNull(DmsValue.of("{#rowhash}").value());
    }

    @Test
    void aShardedKeyHasNoDmsValueAndItsSourceIsSkippedInOneSentence() {
        DmsValue sharded = DmsValue.of("{region}#{cust_id%8}");
        assertNull(sharded.value());
        assertTrue(sharded.sharded());
        TargetSource customers = new TargetSource("Customers", MigrationSource.Kind.TABLE, "Customers", null,
                List.of(new KeyTemplateSpec("cust_id", "{cust_id}"), new KeyTemplateSpec("region_shard", "{region}#{cust_id%8}")),
                List.of(), false);
        Target target = new Target("Customers", new KeyAttribute("cust_id", KeyType.S), null, List.of(new Index("by_region",
                new KeyAttribute("region_shard", KeyType.S), null, "ALL", List.of())), null, null, 0, 0, LoadMode.BATCH, null, null,
                List.of(customers));
        DmsRules.Result result = DmsRules.of(new Plan(Plan.VERSION, null, null, "file:///tmp/s", null, List.of(target)), "shop_db");
        assertEquals("its key region_shard holds a shard number (a hash of a column), which DMS cannot compute",
                result.skipped().get("Customers"));
    }

    @Test
    void aSingleTableTargetMapsEachSourceWithItsEntityRenamesAndDrops() throws Exception {
        TargetSource customers = new TargetSource("Customers", MigrationSource.Kind.TABLE, "Customers", "customer",
                List.of(new KeyTemplateSpec("PK", "CUST#{cust_id}"), new KeyTemplateSpec("SK", "CUST#{cust_id}")),
                List.of(new AttributeRule("cust_id", "cust_id", "S", null, null), new AttributeRule("name", "full_name", "S", null, null),
                        new AttributeRule("phone", "phone", "S", null, true), new AttributeRule("rating", "rating", "N", Transform.STRING, null)),
                false);
        TargetSource orders = new TargetSource("Orders", MigrationSource.Kind.TABLE, "Orders", "order",
                List.of(new KeyTemplateSpec("PK", "CUST#{cust_id}"), new KeyTemplateSpec("SK", "ORDER#{ord_no:08}")),
                List.of(new AttributeRule("ord_date", "ord_date", "S", Transform.EPOCH_SECONDS, null)), true);
        Target target = new Target("shop", new KeyAttribute("PK", KeyType.S), new KeyAttribute("SK", KeyType.S), List.of(), null,
                null, 0, 0, LoadMode.BATCH, null, null, List.of(customers, orders));
        Plan plan = new Plan(Plan.VERSION, null, null, "file:///tmp/s", null, List.of(target));
        DmsRules.Result result = DmsRules.of(plan, "shop_db");
        JsonNode rules = new ObjectMapper().readTree(result.tableMappings().toString()).get("rules");
        assertEquals(4, rules.size());
        JsonNode parameters = rules.get(2).get("mapping-parameters");
        assertEquals("PK", parameters.get("partition-key-name").asText());
        assertEquals("SK", parameters.get("sort-key-name").asText());
        assertEquals(List.of("name", "phone", "rating"), texts(parameters.get("exclude-columns")));
        assertEquals(List.of("PK=CUST#${cust_id}:string", "SK=CUST#${cust_id}:string", "full_name=${name}:string",
                "rating=${rating}:string", "entity=customer:string"), mappings(parameters));
        List<String> orderNotes = result.notes().get("Orders");
        assertEquals(3, orderNotes.size(), orderNotes.toString());
        assertTrue(orderNotes.get(0).startsWith("key SK = ORDER#{ord_no:08} zero-pads numbers"), orderNotes.get(0));
        assertTrue(orderNotes.get(1).startsWith("column ord_date has transform epoch-seconds"), orderNotes.get(1));
        assertTrue(orderNotes.get(2).startsWith("writeNulls is set"), orderNotes.get(2));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> mappings(JsonNode parameters) {
        List<String> mappings = new ArrayList<>();
        parameters.get("attribute-mappings").forEach(a -> mappings.add(a.get("target-attribute-name").asText() + "="
                + a.get("value").asText() + ":" + a.get("attribute-sub-type").asText()));
        return mappings;
    }
}
