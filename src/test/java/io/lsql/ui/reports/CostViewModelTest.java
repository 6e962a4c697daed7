package io.lsql.ui.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Traffic inputs: numbers of zero or more rebuild the report; anything else is one sentence and no rebuild. */
class CostViewModelTest {

    @ParameterizedTest(name = "reads {0}, writes {1} -> rebuilds {2}")
    @CsvSource({
        "0, 0, 1",
        "2.5, ' 10 ', 1",
        "100, 0, 1",
        "-1, 0, 0",
        "0, -0.5, 0",
        "abc, 0, 0",
        "'', 0, 0",
        "NaN, 0, 0",
        "Infinity, 0, 0",
    })
    void recomputeOnlyWithValidRates(String reads, String writes, int rebuilds) {
        AtomicInteger calls = new AtomicInteger();
        CostViewModel vm = new CostViewModel(calls::incrementAndGet);
        vm.readsPerSecond.set(reads);
        vm.writesPerSecond.set(writes);
        vm.recompute();
        assertEquals(rebuilds, calls.get());
        assertEquals(rebuilds == 1 ? "" : "Reads and writes per second must be numbers of zero or more, e.g. 50 or 2.5.", vm.problem.get());
    }
}
