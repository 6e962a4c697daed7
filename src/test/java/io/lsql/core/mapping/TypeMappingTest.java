package io.lsql.core.mapping;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.ColumnTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeMappingTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            tinyint    | tinyint(1)              |    | BOOL     | false
            tinyint    | tinyint(4)              |    | N        | false
            tinyint    | tinyint(3) unsigned     |    | N        | false
            bit        | bit(1)                  |    | BOOL     | false
            bit        | bit(12)                 |    | B        | false
            bigint     | bigint(20) unsigned     |    | N        | false
            year       | year(4)                 |    | N        | false
            decimal    | decimal(38,10)          | 38 | N        | false
            decimal    | decimal(65,30)          | 65 | S        | true
            float      | float                   |    | N        | false
            double     | double                  |    | N        | false
            varchar    | varchar(20)             |    | S        | false
            longtext   | longtext                |    | S        | false
            enum       | enum('a','b')           |    | S        | false
            set        | set('a','b')            |    | SS       | false
            date       | date                    |    | S        | false
            datetime   | datetime(6)             |    | S        | false
            timestamp  | timestamp               |    | S        | false
            time       | time(3)                 |    | S        | false
            varbinary  | varbinary(64)           |    | B        | false
            longblob   | longblob                |    | B        | false
            json       | json                    |    | DOCUMENT | false
            geometry   | geometry                |    | S        | true
            point      | point                   |    | S        | true
            vector     | vector(3)               |    | S        | true
            """)
    void mapsEveryColumnTypeByTheContract(String dataType, String columnType, Integer precision, AttributeType expected, boolean lossy) {
        Column column = column(dataType, columnType, precision);
        ColumnMapping mapping = TypeMapping.forColumn(column);
        assertEquals(expected, mapping.type());
        assertEquals(lossy, mapping.lossy());
    }

    @ParameterizedTest(name = "{1} as a key -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tinyint  | tinyint(1)    | N
            varchar  | varchar(20)   | S
            int      | int(11)       | N
            blob     | blob          | B
            set      | set('a')      | S
            json     | json          | S
            """)
    void keyAttributesAreAlwaysStringNumberOrBinary(String dataType, String columnType, AttributeType expected) {
        assertEquals(expected, TypeMapping.keyType(column(dataType, columnType, null)));
    }

    static Column column(String dataType, String columnType, Integer precision) {
        return new Column("c", 1, dataType, columnType, null, ColumnTypes.maxBytes(dataType, columnType, null, precision),
                precision, precision == null ? null : 10, null, columnType.contains("unsigned"), true, null, null, false,
                null, ColumnTypes.enumValues(columnType));
    }

    @org.junit.jupiter.api.Test
    void enumAndSetMembersAreUnescaped() {
        assertEquals(List.of("a", "it's", "b,c", ""), ColumnTypes.enumValues("set('a','it''s','b,c','')"));
        assertEquals(List.of(), ColumnTypes.enumValues("varchar(10)"));
    }
}
