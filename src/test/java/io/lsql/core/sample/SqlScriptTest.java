package io.lsql.core.sample;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(true, statements.get(1).endsWith("('back\\\\slash;')"));
        assertEquals(true, statements.get(2).startsWith("SELECT `we;ird` FROM t"));
    }

    @Test
    void everySampleFileSplitsIntoStatements() {
        for (String file : List.of("app_db/schema.sql", "app_db/data.sql", "app_db/views.sql", "types_demo/schema.sql",
                "types_demo/data.sql", "scale/generate.sql")) {
            List<String> statements = SqlScript.split(SampleDatabases.resource(file));
            assertEquals(true, statements.size() > 1, file);
        }
    }
}
