package io.lsql.core.migrate;

import io.lsql.core.LsqlException;

/** What to migrate: a table, a view, or any SELECT. */
public record MigrationSource(Kind kind, String name) {

    public enum Kind { TABLE, VIEW, QUERY }

    public MigrationSource {
        if (name == null || name.isBlank()) {
            throw new LsqlException("Give a source: --table NAME, --view NAME or --query SQL.");
        }
        if (kind == Kind.QUERY) {
            name = name.strip();
            while (name.endsWith(";")) {
                name = name.substring(0, name.length() - 1).strip();
            }
        }
    }

    public static MigrationSource of(String table, String view, String query) {
        int given = (table != null ? 1 : 0) + (view != null ? 1 : 0) + (query != null ? 1 : 0);
        if (given != 1) {
            throw new LsqlException("Give exactly one source: --table NAME, --view NAME or --query SQL.");
        }
        return table != null ? new MigrationSource(Kind.TABLE, table)
                : view != null ? new MigrationSource(Kind.VIEW, view) : new MigrationSource(Kind.QUERY, query);
    }

    /** The FROM clause that reads the source. */
    public String from() {
        return kind == Kind.QUERY ? "(" + name + ") AS lsql_src" : quote(name);
    }

    public static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    public String describe() {
        return switch (kind) {
            case TABLE -> "table " + name;
            case VIEW -> "view " + name;
            case QUERY -> "query";
        };
    }
}
