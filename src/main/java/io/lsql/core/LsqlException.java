package io.lsql.core;

/**
 * A failure the user can act on. The message is one sentence that says what failed and what to do;
 * it never contains a secret. The cause keeps the technical detail for logs and {@code --verbose}.
 */
public class LsqlException extends RuntimeException {

    public LsqlException(String message) {
        super(message);
    }

    public LsqlException(String message, Throwable cause) {
        super(message, cause);
    }
}
