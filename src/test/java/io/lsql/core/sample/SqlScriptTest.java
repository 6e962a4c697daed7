package io.lsql.core.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlScriptTest {

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y');
                /* block; comment */ INSERT INTO t VALUES ('it''s; fine'), ("dq;"), ('back\\\\slash;');
                SELECT `we;ird` FROM t # trailing; comment
                ;
                -- only a comment at the end;
                """;
        List<String> statements = SqlScript.split(script);
        assertEquals(3, statements.size(), statements.toString());
        assertEquals("CREATE TABLE t (a VARCHAR(10) DEFAULT 'x;y')", statements.get(0).lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(statements.get(1).endsWith("('back\\\\slash;')"), statements.get(1));
        assertTrue(statements.get(1).contains("INSERT INTO t VALUES ('it''s; fine'), (\"dq;\")"), statements.get(1));
        assertTrue(statements.get(2).startsWith("SELECT `we;ird` FROM t"), statements.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app_db/schema.sql", "app_db/data.sql", "app_db/views.sql", "types_demo/schema.sql",
            "types_demo/data.sql", "scale/generate.sql"})
    void everySampleFileSplitsIntoWholeStatements(String file) {
        List<String> statements = SqlScript.split(SampleDatabases.resource(file));
        assertTrue(statements.size() > 1, file + " holds several statements");
        for (String statement : statements) {
            String code = LEADING_COMMENTS.matcher(statement).replaceFirst("");
            assertTrue(STATEMENT_START.matcher(code).lookingAt(), file + ": a piece that starts mid-statement: " + code);
        }
    }

    /** Comments and blank lines before a statement's first keyword. */
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s+|--[^\\n]*\\n|#[^\\n]*\\n|/\\*.*?\\*/)*", Pattern.DOTALL);
    private static final Pattern STATEMENT_START = Pattern.compile(
            "(CREATE|INSERT|DROP|SET|USE|ALTER|SELECT|UPDATE|DELETE|REPLACE|WITH|CALL|TRUNCATE|START|COMMIT|LOCK|UNLOCK|PREPARE|EXECUTE|DEALLOCATE)\\b",
            Pattern.CASE_INSENSITIVE);
}
