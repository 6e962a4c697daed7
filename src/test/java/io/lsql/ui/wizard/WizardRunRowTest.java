package io.lsql.ui.wizard;

import io.lsql.core.run.TargetState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Run page row: progress, rows/s and ETA from the runner's progress calls. */
class WizardRunRowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateAndEtaComeFromThePhaseStart() {
        RunRow row = new RunRow("Orders");
        row.state(TargetState.EXPORTING, null);
        row.progress("exported", 0, 1000, 0);
        row.progress("exported", 250, 1000, SECOND);
        assertEquals(0.25, row.progress.get(), 1e-9);
        assertEquals("250/s", row.rate.get());
        assertEquals("3 s", row.eta.get());
        assertEquals("exported 250 of 1,000", row.detail.get());
    }

    @Test
    void anUnknownTotalIsIndeterminateAndANewPhaseRestartsTheClock() {
        RunRow row = new RunRow("Orders");
        row.progress("exported", 0, -1, 0);
        row.progress("exported", 500, -1, SECOND);
        assertEquals(-1, row.progress.get());
        assertEquals("", row.eta.get());
        row.progress("loaded", 100, 500, 5 * SECOND);
        assertEquals("", row.rate.get(), "no rate in the first moment of a phase");
        row.progress("loaded", 300, 500, 6 * SECOND);
        assertEquals("300/s", row.rate.get());
    }

    @Test
    void aFinishedTargetIsFullAndAnErrorKeepsItsSentence() {
        RunRow done = new RunRow("Reps");
        done.progress("loaded", 0, -1, 0);
        done.state(TargetState.DONE, null);
        assertEquals(1.0, done.progress.get());
        RunRow failed = new RunRow("Orders");
        failed.state(TargetState.ERROR, "The DynamoDB table Orders already exists.");
        assertEquals("The DynamoDB table Orders already exists.", failed.detail.get());
        assertEquals(0.0, failed.progress.get());
    }
}
