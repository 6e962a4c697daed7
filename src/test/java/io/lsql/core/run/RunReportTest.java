package io.lsql.core.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunReportTest {

    @ParameterizedTest
    @CsvSource({
        "DONE, DONE, DONE, 0",
        "DONE, REJECTS, REJECTS, 4",
        "REJECTS, DIFFERENT, DIFFERENT, 3",
        "DIFFERENT, CANCELLED, CANCELLED, 130",
        "CANCELLED, ERROR, ERROR, 1",
        "ERROR, DONE, ERROR, 1",
    })
    void theWorstTargetDecidesTheExitCode(TargetState a, TargetState b, TargetState worst, int exitCode) {
        assertEquals(worst, TargetState.worse(a, b));
        assertEquals(worst, TargetState.worse(b, a));
        assertEquals(exitCode, worst.exitCode());
    }
}
