package io.lsql.core.crud;

/**
 * A request DynamoDB refused (or that our checks refused before sending it).
 *
 * @param code         the service's error code, e.g. {@code ConditionalCheckFailedException}, or {@code Refused}
 *                     for a DynamoDB rule our code enforces before sending
 * @param mysqlMeaning what MySQL would have said for the same write, e.g.
 *                     {@code Duplicate entry '0001' for key 'PRIMARY' (1062)}, or {@code null}
 */
public record DynamoError(String code, String message, String mysqlMeaning) {

    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailedException";
    public static final String REFUSED = "Refused";

    public boolean conditionFailed() {
        return CONDITIONAL_CHECK_FAILED.equals(code);
    }
}
