package io.lsql.core.mapping;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void paddingKeepsNumericOrderInText() {
        assertEquals("0000000042", NumberText.pad("42", 10));
        assertEquals("-000000042", NumberText.pad("-42", 10));
        assertTrue(NumberText.pad("9", 5).compareTo(NumberText.pad("10", 5)) < 0);
    }
}
