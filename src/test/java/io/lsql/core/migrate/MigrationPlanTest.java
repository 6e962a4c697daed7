package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.load.LoadMethod;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The plan is typed in code and keeps the JSON shape of the plan files and manifests written before. */
class MigrationPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePlanFileOfAnEarlierVersionReadsIntoTypes() throws Exception {
        MigrationPlan plan = JSON.readValue("{\"sourceKind\":\"VIEW\",\"source\":\"vCustOrders\",\"targetTable\":\"t\","
                + "\"stage\":\"/tmp/s\",\"load\":\"import\",\"workers\":2,\"snapshot\":\"none\"}", MigrationPlan.class);
        assertEquals(new MigrationSource(MigrationSource.Kind.VIEW, "vCustOrders"), plan.migrationSource());
        assertEquals(LoadMethod.IMPORT, plan.load());
        assertEquals(SnapshotMode.NONE, plan.snapshot());
        assertEquals(64, plan.fileSizeMb());
    }

    @Test
    void unsetFieldsTakeTheDefaults() throws Exception {
        MigrationPlan plan = JSON.readValue("{\"sourceKind\":\"TABLE\",\"source\":\"Customers\"}", MigrationPlan.class);
        assertEquals(MigrationPlan.of(new MigrationSource(MigrationSource.Kind.TABLE, "Customers"), null), plan);
        assertEquals(LoadMethod.AUTO, plan.load());
        assertNull(plan.snapshot(), "null = lock when there is more than one reader");
    }

    @Test
    void theJsonKeepsLowerCaseIdsAndUpperCaseKinds() throws Exception {
        MigrationPlan plan = MigrationPlan.of(new MigrationSource(MigrationSource.Kind.QUERY, "SELECT 1 AS n;"), "/tmp/s")
                .withTargetTable("q").withKeys("n", null).withMapping(Map.of("n", "N"), List.of("x"), true)
                .withLoad(LoadMethod.BATCH).withWorkers(2).withRate(10).withSnapshot(SnapshotMode.LOCK);
        String json = JSON.writeValueAsString(plan);
        assertEquals("{\"sourceKind\":\"QUERY\",\"source\":\"SELECT 1 AS n\",\"targetTable\":\"q\",\"partitionKey\":\"n\","
                + "\"renames\":{\"n\":\"N\"},\"drops\":[\"x\"],\"writeNulls\":true,\"stage\":\"/tmp/s\",\"load\":\"batch\","
                + "\"workers\":2,\"fileSizeMb\":64,\"noGzip\":false,\"rate\":10,\"skipVerify\":false,\"snapshot\":\"lock\",\"compression\":\"gzip\"}", json);
        assertEquals(plan, JSON.readValue(json, MigrationPlan.class));
    }
}
