package io.lsql.core.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which statements a read-only session refuses before sending them. */
class SqlWritesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT * FROM Customers|false",
            "  -- a comment{nl} select 1|false",
            "/* lead */ SELECT 1|false",
            "(SELECT 1) UNION (SELECT 2)|false",
            "/* a comment */ DELETE FROM t|true",
            "SELECT REPLACE(name, 'a', 'b') FROM t|false",
            "SELECT * FROM t FOR UPDATE|false",
            "SHOW TABLES|false",
            "DESCRIBE Customers|false",
            "EXPLAIN SELECT 1|false",
            "WITH c AS (SELECT 1) SELECT * FROM c|false",
            "SELECT 'insert into x' AS text|false",
            "''|false",
            "INSERT INTO t VALUES (1)|true",
            "update t set a = 1|true",
            "DELETE FROM t|true",
            "REPLACE INTO t VALUES (1)|true",
            "CREATE VIEW v AS SELECT 1|true",
            "DROP TABLE t|true",
            "ALTER TABLE t ADD c INT|true",
            "TRUNCATE t|true",
            "CALL p()|true",
            "SET SESSION TRANSACTION READ WRITE|true",
            "WITH c AS (SELECT 1) DELETE FROM t|true",
            "SELECT * FROM t INTO OUTFILE '/tmp/x'|true",
    })
    void aStatementWritesUnlessItOnlyReads(String sql, boolean writes) {
        String text = sql.replace("{nl}", "\n");
        assertEquals(writes, SqlWrites.writes(text), text);
    }
}
