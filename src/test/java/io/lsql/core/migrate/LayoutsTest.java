package io.lsql.core.migrate;

import io.lsql.core.LsqlException;
import io.lsql.core.design.DesignAdvisor;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Index;
import io.lsql.core.schema.IndexColumn;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import io.lsql.core.schema.TableStatistics;
import io.lsql.core.stage.StageCompression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a plan and a designed source become an item layout, on tables built in code. */
class LayoutsTest {

    private static final Table ORDERS = table("Orders", List.of("ord_id", "line"), List.of(
            new Index("idx_cust", false, Index.IndexKind.BTREE, List.of(new IndexColumn("cust_id", null, null, false, -1)))),
            "ord_id", "line", "cust_id", "note");
    private static final Table NO_KEY = table("Log", List.of(), List.of(), "at", "text");

    /** Sources: a table with a primary key, a table without one, or a query; keys given on the plan or not. */
    @ParameterizedTest(name = "{0} pk={1} sk={2} -> unique {3}")
    @CsvSource(nullValues = "-", value = {
            "ORDERS, -,                -,        true",
            "NO_KEY, -,                -,        true",
            "ORDERS, cust_id,          -,        false",
            "ORDERS, -,                line,     false",
            "QUERY,  ord_id,           -,        false",
    })
    void onlyTheAdvisorsOwnKeyOfATableIsKnownUnique(String source, String partition, String sort, boolean unique) {
        assertEquals(unique, Layouts.keyIsUnique(describe(source), plan(partition, sort, List.of())));
    }

    @ParameterizedTest(name = "pk={0} sk={1} -> {2} / {3}")
    @CsvSource(nullValues = "-", value = {
            "-,                   -,               ord_id, line",
            "CUST#{cust_id},      -,               pk,     -",
            "PK=CUST#{cust_id},   SK={ord_id},     PK,     SK",
    })
    void theKeyComesFromThePlanElseFromTheDesign(String partition, String sort, String partitionName, String sortName) {
        ItemLayout layout = Layouts.layout(describe("ORDERS"), plan(partition, sort, List.of()));
        assertEquals(partitionName, layout.partitionKey().attribute());
        assertEquals(sortName, layout.sortKey() == null ? null : layout.sortKey().attribute());
    }

    @Test
    void aQueryWithoutAKeyAnUnknownDropAndTwoKeysOfOneNameAreRefused() {
        assertEquals("A --query source needs --partition-key (a column or a template such as CUST#{cust_id}).",
                assertThrows(LsqlException.class, () -> Layouts.layout(describe("QUERY"), plan(null, null, List.of()))).getMessage());
        assertEquals("Cannot drop unknown column 'nope'.",
                assertThrows(LsqlException.class, () -> Layouts.layout(describe("ORDERS"), plan(null, null, List.of("nope")))).getMessage());
        assertThrows(LsqlException.class, () -> Layouts.layout(describe("ORDERS"), plan("K={ord_id}", "K={line}", List.of())));
    }

    @Test
    void aQueryKeyedByOneColumnHasNoSortKey() {
        assertNull(Layouts.layout(describe("QUERY"), plan("ord_id", null, List.of())).sortKey());
    }

    private static SourceDescription describe(String which) {
        if (which.equals("QUERY")) {
            return new SourceDescription(new MigrationSource(MigrationSource.Kind.QUERY, "SELECT * FROM Orders"), columns(ORDERS), null, null);
        }
        Table table = which.equals("ORDERS") ? ORDERS : NO_KEY;
        TableDesign design = new DesignAdvisor(TableStatistics.NONE).design(
                new Schema("s", "8.0", Schema.ServerFlavor.MYSQL, List.of(ORDERS, NO_KEY)), table);
        return new SourceDescription(new MigrationSource(MigrationSource.Kind.TABLE, table.name()), columns(table), table, design);
    }

    private static List<SourceColumn> columns(Table table) {
        return table.columns().stream().map(SourceColumn::of).toList();
    }

    private static MigrationPlan plan(String partition, String sort, List<String> drops) {
        return MigrationPlan.of(new MigrationSource(MigrationSource.Kind.TABLE, "Orders"), "/tmp/stage").withTargetTable("Orders")
                .withKeys(partition, sort).withMapping(Map.of(), drops, false).withWorkers(1).withFiles(1, StageCompression.GZIP);
    }

    private static Table table(String name, List<String> primaryKey, List<Index> indexes, String... columns) {
        List<Column> list = new ArrayList<>();
        for (String column : columns) {
            list.add(new Column(column, list.size() + 1, "varchar", "varchar(20)", 20L, 80L, null, null, null, false, false, null, null,
                    false, "utf8mb4", List.of()));
        }
        return new Table("s", name, TableKind.TABLE, "InnoDB", "", list, primaryKey, indexes, List.of(), 10, 50, 500, null);
    }
}
