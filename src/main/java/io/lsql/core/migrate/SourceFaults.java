package io.lsql.core.migrate;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a lost source connection (worth reading the chunk again on a new one) from an error that would recur. */
final class SourceFaults {

    /**
     * Server and client error codes of a connection that went away: killed (1927 MariaDB, 3169 MySQL),
     * server shutdown (1053), aborted (1152, 1184), gone away or lost during a query (2006, 2013),
     * disconnected for inactivity (4031). KILL QUERY (1317) is not among them: it stops the statement on purpose.
     */
    private static final Set<Integer> LOST = Set.of(1927, 3169, 1053, 1152, 1184, 2006, 2013, 4031);

    private SourceFaults() {
    }

    static boolean connectionLost(Throwable failure) {
        boolean inDriver = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e) {
                if (lost(e)) {
                    return true;
                }
                inDriver = true;
            } else if (inDriver && t instanceof java.io.IOException) {
                // a streaming read reports the socket's end as a general error caused by EOFException / SocketException
                return true;
            }
        }
        return false;
    }

    private static boolean lost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException || state.startsWith("08") || LOST.contains(e.getErrorCode());
    }
}
