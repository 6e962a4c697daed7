package io.lsql.core.migrate;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which source failures are a lost connection (read the chunk again) and which would only recur. */
class SourceFaultsTest {

    @Test
    void aLostConnectionIsRecognisedHoweverTheDriverReportsIt() {
        assertTrue(SourceFaults.connectionLost(new SQLException("Connection was killed", "70100", 1927)));
        assertTrue(SourceFaults.connectionLost(new SQLException("Server shutdown in progress", "08S01", 1053)));
        assertTrue(SourceFaults.connectionLost(new SQLException("Communications link failure", "08S01")));
        assertTrue(SourceFaults.connectionLost(new SQLRecoverableException("gone")));
        assertTrue(SourceFaults.connectionLost(new LsqlException("Reading table t failed.",
                new SQLException("Error retrieving record", "S1000", 0, new EOFException("Can not read response from server")))));
    }

    @Test
    void errorsThatWouldRecurAreNotRetried() {
        assertFalse(SourceFaults.connectionLost(new SQLSyntaxErrorException("Unknown column 'x'", "42S22", 1054)));
        assertFalse(SourceFaults.connectionLost(new SQLException("Query execution was interrupted", "70100", 1317)));
        assertFalse(SourceFaults.connectionLost(new IOException("No space left on device")));
        assertFalse(SourceFaults.connectionLost(new LsqlException("Cannot drop unknown column 'x'.")));
    }
}
