package io.lsql.ui.browser;

import io.lsql.ui.patterns.ProposalFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The design view's line on where the proposal puts the selected table. */
class ProposalLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Orders    | Proposal c2 (Item collections: Orders under Customers): Orders items live in Customers' collection (table Customers), partition key CUST#{cust_id}, sort key ORDER#{ord_id}.",
        "Customers | Proposal c2 (Item collections: Orders under Customers): Customers items head the collections of table Customers, partition key CUST#{cust_id}, sort key A.",
        "Products  | Proposal c2 (Item collections: Orders under Customers): no target holds Products.",
    })
    void saysWhichTargetOfTheBestCandidateHoldsTheTableAndHow(String table, String line) {
        assertEquals(line, ProposalLine.of(ProposalFixture.proposal(), table));
    }

    @ParameterizedTest(name = "no proposal, table {0}")
    @CsvSource(value = {"Orders", "''"})
    void isEmptyWithoutAProposal(String table) {
        assertEquals("", ProposalLine.of(null, table));
    }
}
