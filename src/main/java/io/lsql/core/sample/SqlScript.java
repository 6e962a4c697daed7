package io.lsql.core.sample;

import io.lsql.core.sql.SqlStatements;

import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons (quotes, backticks and comments
 * respected, by the same lexer the editor uses). Scripts use no DELIMITER directive.
 */
public final class SqlScript {

    private SqlScript() {
    }

    public static List<String> split(String script) {
        return SqlStatements.split(script).stream().map(r -> r.of(script)).toList();
    }
}
