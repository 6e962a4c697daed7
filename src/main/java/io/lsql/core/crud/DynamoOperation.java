package io.lsql.core.crud;

/** The DynamoDB operations the CRUD pane sends, with their API and CLI names. */
public enum DynamoOperation {
    GET_ITEM("GetItem", "get-item"), QUERY("Query", "query"), SCAN("Scan", "scan"), PUT_ITEM("PutItem", "put-item"),
    UPDATE_ITEM("UpdateItem", "update-item"), DELETE_ITEM("DeleteItem", "delete-item");

    private final String apiName;
    private final String cliName;

    DynamoOperation(String apiName, String cliName) {
        this.apiName = apiName;
        this.cliName = cliName;
    }

    public String apiName() {
        return apiName;
    }

    public String cliName() {
        return cliName;
    }
}
