package io.lsql.ui.crud;

/** The operations of the CRUD toolbar. */
public enum CrudOperation {
    GET("Get"), QUERY("Query"), SCAN("Scan"), INSERT("Insert"), UPDATE("Update"), DELETE("Delete");

    private final String label;

    CrudOperation(String label) {
        this.label = label;
    }

    public boolean isWrite() {
        return this == INSERT || this == UPDATE || this == DELETE;
    }

    @Override
    public String toString() {
        return label;
    }
}
