package io.lsql.core.proposal;

import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static io.lsql.core.proposal.ProposalFixtures.s;
import static io.lsql.core.proposal.ProposalFixtures.source;
import static io.lsql.core.proposal.ProposalFixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GatesTest {

    private static final PatternsFile NO_PATTERNS = new PatternsFile(PatternsFile.VERSION, "shop", List.of());

    @Test
    void todaysDesignPassesEveryGate() {
        assertEquals(List.of(), failures(ProposalFixtures.profile(), ProposalFixtures.tablePerTable()));
        assertEquals(List.of(), failures(ProposalFixtures.profile(), ProposalFixtures.collections()));
    }

    @Test
    void anInvalidCreateTableFails() {
        List<Target> design = List.of(target("Cu", s("cust_id"), null, List.of(), source("Customers", "cust_id", "{cust_id}")));
        assertOne(failures(ProposalFixtures.profile(), design), "Table Cu has no valid CreateTable input: ");
    }

    @Test
    void moreThanTwentyGsisFail() {
        List<Index> indexes = IntStream.range(0, 21).mapToObj(i -> ProposalFixtures.gsi("gsi" + i, "region", null)).toList();
        List<Target> design = List.of(target("Customers", s("cust_id"), null, indexes, source("Customers", "cust_id", "{cust_id}")));
        assertOne(failures(ProposalFixtures.profile(), design), "Table Customers has 21 GSIs; DynamoDB allows at most 20.");
    }

    @Test
    void duplicateKeysOnTheSampledRowsFail() {
        List<Target> design = List.of(target("Orders", s("cust_id"), null, List.of(), source("Orders", "cust_id", "{cust_id}")));
        assertOne(failures(ProposalFixtures.profile(), design), "Target Orders: 200 sampled row(s) of Orders share a primary key "
                + "with another item (e.g. cust_id=0000), so one would overwrite the other.");
    }

    @Test
    void itemsOver400KbAndKeysOverTheirLimitsFail() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList("0001", "R1", "x".repeat(410 * 1024)));
        rows.add(Arrays.asList("y".repeat(2100), "R1", null));
        DataProfile big = new DataProfile("shop", 2000, List.of(TableProfile.of("Customers", 2, ProposalFixtures.CUSTOMERS,
                rows, 100, 420_000)));
        List<Target> design = List.of(target("Customers", s("cust_id"), null, List.of(), source("Customers", "cust_id", "{cust_id}")));
        List<String> failures = failures(big, design);
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).matches("Target Customers, source Customers: 1 sampled row\\(s\\) cannot be written \\(item is "
                + "\\d+ bytes, over DynamoDB's 400 KB limit, e\\.g\\. cust_id=0001\\)\\."), failures.get(0));
        assertTrue(failures.get(1).startsWith("Target Customers, source Customers: 1 sampled row(s) cannot be written (partition "
                + "key cust_id is 2100 bytes, over DynamoDB's 2048-byte limit"), failures.get(1));
    }

    @Test
    void aSortKeyOver1024BytesFails() {
        List<List<String>> rows = List.of(Arrays.asList("0001", "z".repeat(1100), "1"));
        DataProfile profile = new DataProfile("shop", 2000, List.of(TableProfile.of("OrderLines", 1,
                ProposalFixtures.ORDER_LINES, rows, 100, 1200)));
        List<Target> design = List.of(ProposalFixtures.orderLines());
        List<String> failures = failures(profile, design);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("sort key ord_line_id is 1100 bytes, over DynamoDB's 1024-byte limit"), failures.get(0));
    }

    private static void assertOne(List<String> failures, String sentence) {
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith(sentence), failures.get(0));
    }

    private static List<String> failures(DataProfile profile, List<Target> design) {
        Candidate candidate = new Candidate("c1", "hand-built", CandidateKind.TABLE_PER_TABLE, design, List.of());
        return new Scorer(profile, Prices.defaults()).measure(candidate, NO_PATTERNS).gateFailures();
    }
}
