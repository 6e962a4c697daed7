package io.lsql.core.crud;

/**
 * A statement MySQL refused, with its meaning kept: the error number ({@code 1062} for a duplicate key), the
 * SQLSTATE and the server's own sentence ({@code Duplicate entry '0001' for key 'PRIMARY'}).
 */
public record SqlError(int code, String sqlState, String message) {

    public static final int DUPLICATE_KEY = 1062;

    public boolean duplicateKey() {
        return code == DUPLICATE_KEY;
    }

    /** As the mysql client prints it: {@code ERROR 1062 (23000): Duplicate entry …}. */
    public String display() {
        return "ERROR " + code + " (" + sqlState + "): " + message;
    }
}
