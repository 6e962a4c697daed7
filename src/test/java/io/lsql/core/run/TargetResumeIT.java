package io.lsql.core.run;

import io.lsql.core.CancellationToken;
import io.lsql.core.plan.Plan;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.lsql.core.run.PlanRunIT.line;
import static io.lsql.core.run.PlanRunIT.plan;
import static io.lsql.core.run.PlanRunIT.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One cancelled target resumed into the same run while another target still runs. */
@IntegrationTest
class TargetResumeIT {

    @BeforeAll
    static void loadData(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, PlanRunIT.DB);
        }
    }

    @Test
    void aCancelledTargetResumedWhileTheOtherRunsEndsDoneWithEveryItemLoadedOnce(Sandbox sandbox, @TempDir Path dir)
            throws Exception {
        Plan plan = plan(dir, List.of(single("tr_lines", "OrderLines", "ord_id", "ord_line_id", List.of()),
                single("tr_reps", "Reps", "rep_id", null, List.of())));
        PlanRunner[] runner = new PlanRunner[1];
        CountDownLatch linesResumed = new CountDownLatch(1);
        AtomicBoolean resumed = new AtomicBoolean();
        List<String> states = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void state(String table, TargetState state, String detail) {
                states.add(table + " " + state);
                if (table.equals("tr_lines") && state == TargetState.EXPORTING && !states.contains("tr_lines CANCELLED")) {
                    runner[0].cancelTarget("tr_lines");
                } else if (table.equals("tr_lines") && state == TargetState.CANCELLED) {
                    resumed.set(runner[0].resumeTarget("tr_lines"));
                    linesResumed.countDown();
                } else if (table.equals("tr_reps") && state == TargetState.EXPORTING) {
                    await(linesResumed);
                }
            }

            @Override
            public void progress(String table, String phase, long done, long total) {
            }
        };
        runner[0] = new PlanRunner(Databases.source(sandbox, PlanRunIT.DB), Databases.aws(sandbox), listener, new CancellationToken());
        RunReport report = runner[0].run(plan, false, false);

        assertTrue(resumed.get(), "the cancelled target was resumed into the running run: " + states);
        assertTrue(states.indexOf("tr_lines CANCELLED") < states.indexOf("tr_reps DONE"), "tr_reps still ran: " + states);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        RunReport.Line lines = line(report, "tr_lines");
        assertEquals(TargetState.DONE, lines.state());
        assertEquals(Boolean.TRUE, lines.verified(), lines.toString());
        assertEquals(lines.items(), lines.loaded(), "every item loaded once: " + lines);
        assertEquals(lines.rows(), lines.items());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertEquals(lines.rows(), (long) dynamo.scan(b -> b.tableName("tr_lines").select("COUNT")).count());
        }
        assertFalse(runner[0].resumeTarget("tr_lines"), "no run is active any more");
        assertEquals(List.of(), UnfinishedRuns.in(plan.stage(), Databases.aws(sandbox)).stream().toList(),
                "the run store says every target finished");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(60, TimeUnit.SECONDS), "tr_lines was not resumed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
