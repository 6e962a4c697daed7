package io.lsql.ui.wizard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A query on the Objects page (from the SQL editor's "Migrate this query…"): the DynamoDB table it fills and its SQL. */
public final class QueryRow {

    private final String table;
    private final String sql;
    public final BooleanProperty selected = new SimpleBooleanProperty(true);

    QueryRow(String table, String sql) {
        this.table = table;
        this.sql = sql;
    }

    public String table() {
        return table;
    }

    public String sql() {
        return sql;
    }

    /** The query on one line, shortened for the tree. */
    public String summary() {
        String line = sql.replaceAll("\\s+", " ").trim();
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
