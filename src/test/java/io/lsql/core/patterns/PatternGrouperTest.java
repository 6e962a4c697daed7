package io.lsql.core.patterns;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternGrouperTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void groupsEqualStatementsAndSumsTheirCounts() {
        PatternGrouper grouper = new PatternGrouper(new PatternParser(PatternParserTest.SHOP), 3.0);
        grouper.add(RawStatement.once("SELECT * FROM Customers WHERE cust_id = 1", PatternSource.FILE));
        grouper.add(RawStatement.once("select *  from Customers where cust_id='x'", PatternSource.FILE));
        grouper.add(new RawStatement("SELECT * FROM `Customers` WHERE `cust_id` = ?", PatternSource.FILE, 3, 3, 3, null, null));
        grouper.add(RawStatement.once("SELECT * FROM Orders WHERE ord_id = 1", PatternSource.FILE));
        List<AccessPattern> patterns = grouper.patterns();
        assertEquals(2, patterns.size());
        assertEquals(5, patterns.get(0).count());
        assertEquals("SELECT * FROM Customers WHERE cust_id = ?", patterns.get(0).sql());
        assertEquals(List.of("Customers.cust_id"), patterns.get(0).shape().equalityColumns());
        assertEquals(1, patterns.get(1).count());
    }

    @Test
    void ratesComeFromTheTimeSpanAndThePeakFactor() {
        PatternGrouper grouper = new PatternGrouper(new PatternParser(null), 3.0);
        grouper.add(new RawStatement("SELECT a FROM t WHERE b = ?", PatternSource.DIGEST, 100, 100, 200, T0,
                T0.plusSeconds(50)));
        AccessPattern pattern = grouper.patterns().get(0);
        assertEquals(2.0, pattern.averageRate(), 1e-9);
        assertEquals(6.0, pattern.peakRate(), 1e-9);
        assertEquals(1.0, pattern.weight(), 1e-9);
        assertEquals(T0, pattern.firstSeen());
    }

    @Test
    void aSampleAlreadyHarvestedIsNotCountedTwice() {
        PatternGrouper grouper = new PatternGrouper(new PatternParser(null), 3.0);
        grouper.add(new RawStatement("SELECT `a` FROM `t` WHERE `b` = ?", PatternSource.DIGEST, 7, 0, 0, null, null));
        grouper.addIfAbsent(RawStatement.once("SELECT a FROM t WHERE b = 'x'", PatternSource.SAMPLE));
        grouper.addIfAbsent(RawStatement.once("SELECT a FROM t WHERE c = 'x'", PatternSource.SAMPLE));
        List<AccessPattern> patterns = grouper.patterns();
        assertEquals(2, patterns.size());
        assertEquals(PatternSource.DIGEST, patterns.get(0).source());
        assertEquals(7, patterns.get(0).count());
        assertEquals(PatternSource.SAMPLE, patterns.get(1).source());
    }

    @Test
    void idsAreStableAndTheSameInputGivesTheSameOrder() {
        assertEquals(PatternGrouper.id("select 1"), PatternGrouper.id("select 1"));
        assertTrue(PatternGrouper.id("select 1").matches("p-[0-9a-f]{8}"));
        assertFalse(PatternGrouper.id("select 1").equals(PatternGrouper.id("select 2")));
    }

    @Test
    void ownAndSystemStatementsAreNotApplicationStatements() {
        assertTrue(StatementFilter.isApplicationStatement("SELECT a FROM t WHERE b = ?"));
        assertTrue(StatementFilter.isApplicationStatement("UPDATE t SET a = ? WHERE b = ?"));
        assertFalse(StatementFilter.isApplicationStatement("SELECT @@session.transaction_read_only"));
        assertFalse(StatementFilter.isApplicationStatement("SELECT 1"));
        assertFalse(StatementFilter.isApplicationStatement("SET NAMES utf8mb4"));
        assertFalse(StatementFilter.isApplicationStatement("SELECT * FROM information_schema.COLUMNS"));
        assertFalse(StatementFilter.isApplicationStatement("SELECT * FROM `performance_schema`.`events_statements_summary_by_digest`"));
    }
}
