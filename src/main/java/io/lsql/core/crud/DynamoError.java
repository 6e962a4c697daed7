package io.lsql.core.crud;

/**
 * A request DynamoDB refused with a meaning the CRUD pane reports as data (a failed condition); other failures, and
 * the rules checked before sending, are one-sentence exceptions.
 *
 * @param code         the service's error code, e.g. {@code ConditionalCheckFailedException}
 * @param mysqlMeaning what MySQL would have said for the same write, e.g.
 *                     {@code Duplicate entry '0001' for key 'PRIMARY' (1062)}, or {@code null}
 */
public record DynamoError(String code, String message, String mysqlMeaning) {

    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailedException";

    public boolean conditionFailed() {
        return CONDITIONAL_CHECK_FAILED.equals(code);
    }
}
