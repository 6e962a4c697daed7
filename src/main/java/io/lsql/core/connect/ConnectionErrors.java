package io.lsql.core.connect;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.sql.SQLException;

/** Turns JDBC failures into one sentence that says what failed and what to do. */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    public static LsqlException translate(SQLException e, JdbcSource source) {
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message;
        if (code == 1045) {
            message = "MySQL at " + source.address() + " rejected user '" + source.user()
                    + "': wrong password or the user may not connect from this host.";
        } else if (code == 1049) {
            message = "MySQL at " + source.address() + " has no database '" + source.database() + "'.";
        } else if (code == 1044 || code == 1142 || code == 1227) {
            message = "User '" + source.user() + "' lacks a privilege on " + source.address() + ": " + ErrorText.of(e) + ".";
        } else if (state.startsWith("08")) {
            message = "Cannot reach MySQL at " + source.address() + ": " + rootCause(e)
                    + "; check the host, the port and that the server is running.";
        } else {
            message = "MySQL error " + code + " at " + source.address() + ": " + ErrorText.of(e) + ".";
        }
        return new LsqlException(source.scrub(message), e);
    }

    /** Wraps a failure of a statement we ran, keeping the server's message. */
    public static LsqlException statementFailed(String what, SQLException e) {
        return new LsqlException(what + " failed: " + ErrorText.of(e) + ".", e);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + ErrorText.of(root);
        }
        if (root instanceof java.net.SocketTimeoutException) {
            return "timed out";
        }
        return ErrorText.of(root);
    }
}
