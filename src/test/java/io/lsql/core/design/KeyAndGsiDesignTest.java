package io.lsql.core.design;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.Index;
import io.lsql.core.schema.IndexColumn;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import io.lsql.core.schema.TableStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key chooser, the GSI planner and the advisor on tables built in code: no server needed. */
class KeyAndGsiDesignTest {

    /**
     * Columns are "name" (NOT NULL int) or "name?" (nullable); the primary key and the unique index are
     * '+'-joined column lists or empty.
     */
    @ParameterizedTest(name = "pk={1} unique={2} -> {3} {4}/{5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "id name            | id           | -            | PRIMARY_KEY  | id     | -",
            "ord line qty       | ord+line     | -            | PRIMARY_KEY  | ord    | line",
            "email name         | -            | email        | UNIQUE_INDEX | email  | -",
            "email? name        | -            | email        | SYNTHETIC    | row_id | -",
            "a b                | -            | -            | SYNTHETIC    | row_id | -",
            "a b c              | -            | a+b          | UNIQUE_INDEX | a      | b",
    })
    void theKeyComesFromThePrimaryKeyThenAUniqueNotNullIndexElseAHash(String columns, String pk, String unique,
                                                                      KeySource source, String partition, String sort) {
        List<Index> indexes = unique == null ? List.of() : List.of(index("uq", true, unique.split("\\+")));
        Table table = table("t", columns, pk == null ? List.of() : List.of(pk.split("\\+")), indexes);
        KeyDesign key = KeyChooser.choose(schema(table), table).key();
        assertEquals(source, key.source());
        assertEquals(partition, key.partitionKey().attribute());
        if (sort == null) {
            assertNull(key.sortKey());
        } else {
            assertEquals(sort, key.sortKey().attribute());
        }
    }

    @Test
    void aHashKeyAndAKeyFromAUniqueIndexAreFlagged() {
        Table hashed = table("h", "a b", List.of(), List.of());
        assertTrue(KeyChooser.choose(schema(hashed), hashed).warnings().stream().anyMatch(w -> w.code().equals("SYNTHETIC_KEY")));
        Table unique = table("u", "email", List.of(), List.of(index("uq", true, "email")));
        assertTrue(KeyChooser.choose(schema(unique), unique).warnings().stream().anyMatch(w -> w.code().equals("NO_PRIMARY_KEY")));
    }

    /** Indexes are "name:col+col"; the table's key is (id, line). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "idx_name:name                      | idx_name",
            "idx_id:id                          | ''",
            "idx_id_line:id+line                | ''",
            "idx_a:name ; idx_b:name+qty        | idx_b",
            "idx_a:name ; idx_b:name            | idx_a",
            "idx_a:qty ; idx_b:name             | idx_a idx_b",
    })
    void everyIndexTheKeyDoesNotServeGetsOneGsi(String indexSpec, String expected) {
        List<Index> indexes = new ArrayList<>();
        for (String spec : indexSpec.split(";")) {
            String[] parts = spec.trim().split(":");
            indexes.add(index(parts[0], false, parts[1].split("\\+")));
        }
        Table table = table("t", "id line name qty", List.of("id", "line"), indexes);
        KeyDesign key = KeyChooser.choose(schema(table), table).key();
        List<String> gsis = GsiPlanner.plan(table, key, 100, false, TableStatistics.NONE).gsis().stream()
                .map(GsiDesign::indexName).toList();
        assertEquals(expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")), gsis);
    }

    @ParameterizedTest(name = "{0} bytes, LOBs {1} -> {2}")
    @CsvSource({"100, false, ALL", "1024, false, ALL", "1025, false, KEYS_ONLY", "100, true, KEYS_ONLY"})
    void smallItemsProjectAllAndLargeOnesKeysOnly(long itemBytes, boolean largeValues, String projection) {
        Table table = table("t", "id name", List.of("id"), List.of(index("idx_name", false, "name")));
        KeyDesign key = KeyChooser.choose(schema(table), table).key();
        assertEquals(projection, GsiPlanner.plan(table, key, itemBytes, largeValues, TableStatistics.NONE).gsis().get(0).projection());
    }

    @Test
    void moreThanTwentyIndexesWarnThatSomeGetNoGsi() {
        List<Index> indexes = new ArrayList<>();
        StringBuilder columns = new StringBuilder("id");
        for (int i = 0; i < 21; i++) {
            columns.append(" c").append(i);
            indexes.add(index("idx_" + i, false, "c" + i));
        }
        Table table = table("t", columns.toString(), List.of("id"), indexes);
        GsiPlanner.Plan plan = GsiPlanner.plan(table, KeyChooser.choose(schema(table), table).key(), 100, false, TableStatistics.NONE);
        assertEquals(GsiPlanner.MAX_GSIS, plan.gsis().size());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.code().equals("TOO_MANY_GSIS")));
    }

    @Test
    void anOverrideIsRevalidatedAndAKeyThatMayRepeatIsFlagged() {
        Table table = table("t", "id line name", List.of("id", "line"), List.of(index("idx_name", false, "name")));
        DesignAdvisor advisor = new DesignAdvisor(TableStatistics.NONE);
        TableDesign natural = advisor.design(schema(table), table);
        assertEquals("id", natural.key().partitionKey().attribute());
        assertFalse(natural.hasWarning("KEY_NOT_UNIQUE"));
        TableDesign overridden = advisor.design(schema(table), table, new DesignOverride("name", "id", java.util.Set.of()));
        assertEquals("name", overridden.key().partitionKey().attribute());
        assertTrue(overridden.hasWarning("KEY_NOT_UNIQUE"));
        TableDesign unique = advisor.design(schema(table), table, new DesignOverride("line", "id", java.util.Set.of()));
        assertFalse(unique.hasWarning("KEY_NOT_UNIQUE"), "line+id holds the whole primary key");
    }

    private static Schema schema(Table... tables) {
        return new Schema("s", "8.0.36", Schema.ServerFlavor.MYSQL, List.of(tables));
    }

    private static Table table(String name, String columns, List<String> primaryKey, List<Index> indexes) {
        List<Column> list = new ArrayList<>();
        for (String spec : columns.trim().split("\\s+")) {
            boolean nullable = spec.endsWith("?");
            list.add(new Column(nullable ? spec.substring(0, spec.length() - 1) : spec, list.size() + 1, "int", "int", null, 4L,
                    10, 0, null, false, nullable, null, null, false, null, List.of()));
        }
        return new Table("s", name, TableKind.TABLE, "InnoDB", "", list, primaryKey, indexes, List.of(), 1000, 50, 50_000, null);
    }

    private static Index index(String name, boolean unique, String... columns) {
        return new Index(name, unique, Index.IndexKind.BTREE,
                Arrays.stream(columns).map(c -> new IndexColumn(c, null, null, false, -1)).toList());
    }
}
