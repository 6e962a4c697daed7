package io.lsql.core.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunStagesTest {

    @ParameterizedTest
    @CsvSource({
        "s3://lsql-stage/runs/, s3://lsql-stage/runs/app_db-",
        "s3://lsql-stage, s3://lsql-stage/app_db-",
        "file:///tmp/stage, file:///tmp/stage/app_db-",
        "/tmp/stage/, file:///tmp/stage/app_db-",
    })
    void aFreshStageIsAFolderOfTheBaseNamedByDatabaseAndRunId(String base, String prefix) {
        String fresh = RunStages.fresh(base, "app_db");
        assertTrue(fresh.startsWith(prefix) && fresh.substring(prefix.length()).matches("\\d{8}-\\d{6}-[0-9a-f]{4}"), fresh);
        assertNotEquals(fresh, RunStages.fresh(base, "app_db"), "two runs in one second get two stages");
    }

    @ParameterizedTest
    @CsvSource({
        "s3://lsql-stage/runs/app_db-1/, s3://lsql-stage/runs",
        "s3://lsql-stage/app_db-1, s3://lsql-stage",
        "s3://lsql-stage, s3://lsql-stage",
        "file:///tmp/stage/app_db-1, file:///tmp/stage",
        "file:///app_db-1, file:///app_db-1",
        "/tmp/stage/app_db-1, /tmp/stage",
    })
    void theParentIsTheFolderThatHoldsTheStage(String stage, String parent) {
        assertEquals(parent, RunStages.parent(stage));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
    void noBaseNoStage(String base) {
        assertNull(RunStages.fresh(base, "app_db"));
    }
}
