package io.lsql.core.patterns;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PatternsJsonTest {

    @Test
    void roundTripOfPatternsJsonIsByteIdentical() {
        PatternGrouper grouper = new PatternGrouper(new PatternParser(PatternParserTest.SHOP), 3.0);
        grouper.add(new RawStatement("SELECT c.name FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id "
                + "WHERE c.region = ? ORDER BY o.ord_date DESC LIMIT 5", PatternSource.DIGEST, 9, 45, 90,
                Instant.parse("2026-11-27T10:00:00Z"), Instant.parse("2026-11-27T10:00:03Z")));
        grouper.add(RawStatement.once("SELEC broken", PatternSource.FILE));
        PatternsFile file = new PatternsFile(PatternsFile.VERSION, "shop", grouper.patterns());
        String first = PatternsJson.write(file);
        String second = PatternsJson.write(PatternsJson.read(first, "test"));
        assertEquals(first, second);
        assertEquals(file, PatternsJson.read(first, "test"));
        assertEquals(0, first.indexOf("{\n  \"patternsVersion\" : 1,\n  \"schema\" : \"shop\","));
    }
}
