package io.lsql.core.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link KeyTemplate#columnTexts} reads a rendered key back into the column texts it was built from. */
class KeyTemplateInverseTest {

    private static final List<SourceColumn> COLUMNS = List.of(
            SourceColumn.of(TypeMappingTest.column("varchar", "varchar(20)", null)).withName("cust_id"),
            SourceColumn.of(TypeMappingTest.column("decimal", "decimal(6,2)", null)).withName("seq"));

    @ParameterizedTest(name = "{0} with {1}, {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {cust_id}                 | 0001    | 1.00   | 0001
            CUST#{cust_id}            | 0001    | 1.00   | CUST#0001
            CUST#{cust_id}#END        | a#b     | 1.00   | CUST#a#b#END
            {cust_id}#{seq}           | a#b$c   | 12.50  | a$#b$$c#12.50
            {cust_id}#{seq:07}        | x       | -12.50 | x#-987.49
            {cust_id}#{seq:07}        | x       | 0.00   | x#0000.00
            ORDER#{seq:08}#{cust_id}  | #       | 3.25   | ORDER#00003.25#$#
            """)
    void rendersAndReadsBack(String template, String custId, String seq, String rendered) {
        KeyTemplate key = KeyTemplate.of("k", template, COLUMNS);
        RowMapper row = new RowMapper(COLUMNS);
        row.mapGiven(Arrays.asList(custId, seq));
        KeyTemplate.Rendered value = key.render(row, new String[1]);
        assertEquals(rendered, value.text());
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (int column : key.columnIndexes()) {
            expected.put(column, column == 0 ? custId : seq);
        }
        assertEquals(Optional.of(expected), key.columnTexts(rendered));
    }

    @ParameterizedTest(name = "{0} does not read {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CUST#{cust_id}     | ORDER#0001
            CUST#{cust_id}#END | CUST#0001
            {cust_id}#{seq}    | no-separator
            """)
    void aValueOfAnotherFormIsNotRead(String template, String value) {
        assertEquals(Optional.empty(), KeyTemplate.of("k", template, COLUMNS).columnTexts(value));
    }
}
