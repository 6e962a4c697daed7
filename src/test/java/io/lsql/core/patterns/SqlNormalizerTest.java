package io.lsql.core.patterns;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlNormalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM t WHERE id = 42;                            | SELECT * FROM t WHERE id = ?
            SELECT * FROM t WHERE name = 'O''Brien' AND x = "a\\"b"   | SELECT * FROM t WHERE name = ? AND x = ?
            SELECT * FROM t WHERE id IN (1, 2, 3)                     | SELECT * FROM t WHERE id IN (?)
            SELECT * FROM t WHERE id IN (...)                         | SELECT * FROM t WHERE id IN (?)
            SELECT col1, t2.x FROM t2 WHERE amount > 12.50            | SELECT col1, t2.x FROM t2 WHERE amount > ?
            SELECT * FROM `order 1` WHERE a = 1 -- trailing comment   | SELECT * FROM `order 1` WHERE a = ?
            SELECT /* hint */ a FROM t   WHERE  b = ?                 | SELECT a FROM t WHERE b = ?
            SELECT * FROM t LIMIT 10                                  | SELECT * FROM t LIMIT ?
            SELECT `CONCAT` ( ? , `cust_id` ) AS `PK` FROM `c`        | SELECT CONCAT ( ? , `cust_id` ) AS `PK` FROM `c`
            INSERT INTO `order` ( `a` ) VALUES ( `my fn` (1) )        | INSERT INTO `order` ( `a` ) VALUES ( `my fn` (?) )
            """)
    void replacesLiteralsAndCollapsesSpace(String sql, String expected) {
        assertEquals(expected, SqlNormalizer.normalize(sql));
    }
}
