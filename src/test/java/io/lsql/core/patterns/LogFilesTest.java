package io.lsql.core.patterns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogFilesTest {

    @Test
    void readsQueryEntriesOfAGeneralLogJoiningMultiLineStatements(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("general.log");
        Files.writeString(log, """
                /usr/sbin/mariadbd, Version: 11.4.5-MariaDB. started with:
                Time\t\t    Id Command\tArgument
                2026-11-27T10:00:00.000000Z\t    5 Connect\troot@localhost on app_db
                2026-11-27T10:00:01.000000Z\t    5 Query\tSELECT * FROM Customers
                WHERE cust_id = 7
                \t\t    5 Query\tSELECT * FROM Customers WHERE cust_id = 8
                \t\t    5 Quit\t
                """);
        List<RawStatement> statements = new ArrayList<>();
        LogFiles.generalLog(log, statements::add);
        assertEquals(2, statements.size());
        assertEquals("SELECT * FROM Customers\nWHERE cust_id = 7", statements.get(0).sql());
        assertEquals(Instant.parse("2026-11-27T10:00:01Z"), statements.get(0).firstSeen());
        assertEquals(PatternSource.GENERAL_LOG, statements.get(1).source());
        assertEquals(Instant.parse("2026-11-27T10:00:01Z"), statements.get(1).firstSeen(), "a blank time is the previous entry's");
    }

    @Test
    void readsMariaDbsClassicTimeColumn(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("general.log");
        Files.writeString(log, """
                Time\t\t    Id Command\tArgument
                261127  9:59:58\t    5 Query\tSELECT * FROM Customers WHERE cust_id = 7
                261127 10:00:01\t    5 Query\tSELECT * FROM Customers WHERE cust_id = 8
                """);
        List<RawStatement> statements = new ArrayList<>();
        LogFiles.generalLog(log, statements::add);
        assertEquals(Instant.parse("2026-11-27T09:59:58Z"), statements.get(0).firstSeen());
        assertEquals(Instant.parse("2026-11-27T10:00:01Z"), statements.get(1).firstSeen());
    }

    @Test
    void readsSlowLogEntriesWithTheirRowCountsAndTimestamps(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("slow.log");
        Files.writeString(log, """
                # Time: 261127 10:00:00
                # User@Host: app[app] @ localhost []
                # Query_time: 0.5  Lock_time: 0.0  Rows_sent: 3  Rows_examined: 900
                use app_db;
                SET timestamp=1795773600;
                SELECT * FROM Orders WHERE cust_id = 7;
                # Query_time: 0.2  Lock_time: 0.0  Rows_sent: 1  Rows_examined: 10
                SET timestamp=1795773601;
                UPDATE Orders SET status = 'x' WHERE ord_id = 1;
                """);
        List<RawStatement> statements = new ArrayList<>();
        LogFiles.slowLog(log, statements::add);
        assertEquals(2, statements.size());
        assertEquals(3, statements.get(0).rowsSent());
        assertEquals(900, statements.get(0).rowsExamined());
        assertEquals(Instant.ofEpochSecond(1795773600), statements.get(0).firstSeen());
        assertEquals(10, statements.get(1).rowsExamined());
    }
}
