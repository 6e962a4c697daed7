package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyTemplateTest {

    private static final List<SourceColumn> COLUMNS = List.of(
            SourceColumn.of(TypeMappingTest.column("varchar", "varchar(20)", null)).withName("cust_id"),
            SourceColumn.of(TypeMappingTest.column("int", "int(10) unsigned", null)).withName("seq"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cust_id                  | pk | cust_id | {cust_id}          | S
            seq                      | pk | seq     | {seq}              | N
            CUST#{cust_id}           | pk | pk      | CUST#{cust_id}     | S
            PK=CUST#{cust_id}        | pk | PK      | CUST#{cust_id}     | S
            {cust_id}#{seq:010}      | sk | sk      | {cust_id}#{seq:010} | S
            """)
    void parsesColumnsTemplatesAndNames(String expression, String defaultName, String attribute, String template, AttributeType type) {
        KeyTemplate key = KeyTemplate.parse(expression, defaultName, COLUMNS);
        assertEquals(attribute, key.attribute());
        assertEquals(template, key.template());
        assertEquals(type, key.type());
    }

    @Test
    void unknownColumnsAreNamedWithTheColumnsThatExist() {
        LsqlException e = assertThrows(LsqlException.class, () -> KeyTemplate.parse("CUST#{custid}", "pk", COLUMNS));
        assertEquals("Key template 'CUST#{custid}' names unknown column 'custid'; the source has: cust_id, seq.", e.getMessage());
        assertTrue(assertThrows(LsqlException.class, () -> KeyTemplate.parse("PK=CUST#{}", "pk", COLUMNS)).getMessage()
                .contains("names no column"));
    }

    @Test
    void paddingKeepsNumericOrderInTextNegativesIncluded() {
        assertEquals("0000000042", NumberText.pad("42", 10));
        assertEquals("-999999957", NumberText.pad("-42", 10));
        assertEquals("-999999994", NumberText.pad("-5", 10));
        assertEquals("-987.49", NumberText.pad("-12.50", 7));
        List<String> numbers = List.of("-1000000", "-42", "-5", "-1", "0", "1", "5", "42", "1000000");
        List<String> padded = numbers.stream().map(n -> NumberText.pad(n, 11)).toList();
        assertEquals(padded.stream().sorted().toList(), padded, "text order must equal numeric order");
        List<String> decimals = List.of("-12.50", "-12.49", "-0.01", "0.00", "0.01", "12.49", "12.50");
        List<String> paddedDecimals = decimals.stream().map(n -> NumberText.pad(n, 7)).toList();
        assertEquals(paddedDecimals.stream().sorted().toList(), paddedDecimals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a:b                        | a:b   | {`a:b`}
            {`a:b`}#{`{x}`}            | pk    | {`a:b`}#{`{x}`}
            "K={`we``ird`}"            | K     | {`we``ird`}
            {`a:b`:05}                 | pk    | {`a:b`:05}
            {a:b}                      | pk    | {a:b}
            """)
    void anyColumnNameCanBeAKeyPart(String expression, String attribute, String template) {
        List<SourceColumn> columns = List.of(
                SourceColumn.of(TypeMappingTest.column("varchar", "varchar(20)", null)).withName("a:b"),
                SourceColumn.of(TypeMappingTest.column("varchar", "varchar(20)", null)).withName("{x}"),
                SourceColumn.of(TypeMappingTest.column("varchar", "varchar(20)", null)).withName("we`ird"));
        KeyTemplate key = KeyTemplate.parse(expression, "pk", columns);
        assertEquals(attribute, key.attribute());
        assertEquals(template, key.template());
        assertFalse(key.columnIndexes().isEmpty());
    }

    @Test
    void placeholdersQuoteNamesThatNeedIt() {
        assertEquals("{cust_id}", KeyTemplate.placeholder("cust_id", 0));
        assertEquals("{`a:b`:010}", KeyTemplate.placeholder("a:b", 10));
        assertEquals("{`x}``y`}", KeyTemplate.placeholder("x}`y", 0));
        assertEquals(List.of(0), KeyTemplate.of("pk", "{{literal}}#{cust_id}", COLUMNS).columnIndexes(),
                "doubled braces are literal text, not a placeholder");
        assertTrue(assertThrows(LsqlException.class, () -> KeyTemplate.of("pk", "a}#{cust_id}", COLUMNS)).getMessage()
                .contains("unmatched '}'"));
    }

    @Test
    void separatorEscapingIsInjectiveAndKeepsOrder() {
        StringBuilder ab = new StringBuilder();
        KeyTemplate.escape("a#b", ab);
        ab.append('#');
        KeyTemplate.escape("c", ab);
        StringBuilder a = new StringBuilder();
        KeyTemplate.escape("a", a);
        a.append('#');
        KeyTemplate.escape("b#c", a);
        assertEquals("a$#b#c", ab.toString());
        assertEquals("a#b$#c", a.toString());
        assertNotEquals(ab.toString(), a.toString());
        List<List<String>> tuples = List.of(List.of("a", "z"), List.of("a#", "a"), List.of("a#b", "c"), List.of("a$", "b"),
                List.of("a$$", "a"), List.of("a%", "b"), List.of("ab", "c"));
        List<String> encoded = tuples.stream().map(t -> {
            StringBuilder sb = new StringBuilder();
            KeyTemplate.escape(t.get(0), sb);
            sb.append('#');
            KeyTemplate.escape(t.get(1), sb);
            return sb.toString();
        }).toList();
        assertEquals(encoded.stream().sorted().toList(), encoded, "tuples in source order encode in the same text order");
    }

    @Test
    void aShardPlaceholderRendersAStableNumberBelowItsCountAndReadsBackWithoutIt() {
        KeyTemplate key = KeyTemplate.of("pk", "{cust_id}#{seq%4}", COLUMNS);
        assertTrue(key.sharded());
        RowMapper row = new RowMapper(COLUMNS);
        java.util.Set<String> shards = new java.util.TreeSet<>();
        for (int seq = 0; seq < 40; seq++) {
            row.mapGiven(List.of("West", String.valueOf(seq)));
            String value = key.render(row, new String[1]).text();
            assertTrue(value.matches("West#[0-3]"), value);
            shards.add(value);
            assertEquals(java.util.Map.of(0, "West"), key.columnTexts(value).orElseThrow());
        }
        assertEquals(4, shards.size(), "40 values spread over every shard");
        row.mapGiven(List.of("West", "7"));
        assertEquals(key.render(row, new String[1]).text(), key.render(row, new String[1]).text());
        assertEquals("West#" + new java.util.zip.CRC32() {{ update("7".getBytes()); }}.getValue() % 4,
                key.render(row, new String[1]).text(), "CRC-32 of the value's text, modulo the count");
        assertFalse(KeyTemplate.of("pk", "{cust_id}", COLUMNS).sharded());
        assertTrue(assertThrows(LsqlException.class, () -> KeyTemplate.of("pk", "{cust_id%1}", COLUMNS)).getMessage()
                .contains("shard count must be 2 to 1000"));
    }
}
