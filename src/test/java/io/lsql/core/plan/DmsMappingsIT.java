package io.lsql.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DMS hand-off for app_db (tables and views, prefix dev_) against golden files in
 * src/test/resources/golden/dms. After an intended change, run with {@code -Dlsql.updateGolden=true} and review the diff.
 */
@IntegrationTest
class DmsMappingsIT {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "dms");
    private static final Set<String> RULE_FIELDS = Set.of("rule-type", "rule-id", "rule-name", "rule-action", "object-locator",
            "target-table-name", "mapping-parameters");

    @BeforeAll
    static void createDatabases(Sandbox sandbox) throws Exception {
        PlanBuilderIT.createDatabases(sandbox);
    }

    @Test
    void appDbHandOffMatchesTheGoldenFiles(Sandbox sandbox, @TempDir Path dir) throws Exception {
        List<Path> files = DmsMappings.write(PlanBuilderIT.plan(sandbox, PlanBuilderIT.APP_DB, true), "app_db", dir);
        List<String> differ = new ArrayList<>();
        for (Path file : files) {
            Path golden = GOLDEN.resolve(file.getFileName());
            if (Boolean.getBoolean("lsql.updateGolden")) {
                Files.createDirectories(GOLDEN);
                Files.copy(file, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(Files.readString(golden, StandardCharsets.UTF_8))) {
                differ.add(file.getFileName() + " (see " + file + ")");
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void everyRuleUsesDmsGrammarForDynamoDbTargets(Sandbox sandbox) throws Exception {
        JsonNode rules = new ObjectMapper().readTree(DmsMappings.of(PlanBuilderIT.plan(sandbox, PlanBuilderIT.APP_DB, true), "app_db")
                .tableMappings()).get("rules");
        List<String> mapped = new ArrayList<>();
        for (JsonNode rule : rules) {
            rule.fieldNames().forEachRemaining(f -> assertTrue(RULE_FIELDS.contains(f), "unknown rule field " + f));
            assertEquals("app_db", rule.get("object-locator").get("schema-name").asText());
            if (rule.get("rule-type").asText().equals("object-mapping")) {
                assertEquals("map-record-to-record", rule.get("rule-action").asText());
                JsonNode parameters = rule.get("mapping-parameters");
                String partitionKey = parameters.get("partition-key-name").asText();
                assertTrue(attributeNames(parameters).contains(partitionKey), rule.toString());
                for (JsonNode attribute : parameters.get("attribute-mappings")) {
                    assertEquals("scalar", attribute.get("attribute-type").asText());
                    assertTrue(Set.of("string", "number").contains(attribute.get("attribute-sub-type").asText()));
                    assertTrue(attribute.get("value").asText().matches(".*\\$\\{[^}]+}.*"), attribute.toString());
                }
                mapped.add(rule.get("target-table-name").asText());
            } else {
                assertEquals("include", rule.get("rule-action").asText());
            }
        }
        assertEquals(List.of("dev_Customers", "dev_OrderLines", "dev_Orders", "dev_Products", "dev_Reps"), mapped,
                "tables are replicated, views are not");
    }

    private static List<String> attributeNames(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.get("attribute-mappings").forEach(a -> names.add(a.get("target-attribute-name").asText()));
        return names;
    }
}
