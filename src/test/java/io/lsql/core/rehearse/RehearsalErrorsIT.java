package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static io.lsql.core.rehearse.RehearsalFixture.eq;
import static io.lsql.core.rehearse.RehearsalFixture.operation;
import static io.lsql.core.rehearse.RehearsalFixture.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What stops a rehearsal before any pattern runs is one sentence. */
@IntegrationTest
class RehearsalErrorsIT {

    @Test
    void aUserWhoCannotCreateTheScratchSchemaIsToldWhatToGrant(Sandbox sandbox) throws Exception {
        RehearsalFixture.jdbc(sandbox);
        try (Connection root = Databases.connect(sandbox, ""); Statement s = root.createStatement()) {
            for (String host : List.of("localhost", "127.0.0.1", "%")) {
                s.execute("CREATE USER IF NOT EXISTS 'rh_reader'@'" + host + "' IDENTIFIED BY 'rh-secret-pw'");
                s.execute("GRANT SELECT, LOCK TABLES ON " + RehearsalFixture.DB + ".* TO 'rh_reader'@'" + host + "'");
            }
        }
        JdbcSource reader = new JdbcSource(sandbox.mariaDb().jdbcUrl(RehearsalFixture.DB), "rh_reader", "rh-secret-pw".toCharArray());
        LsqlException e = assertThrows(LsqlException.class, () -> rehearse(reader, Databases.aws(sandbox), 3));
        assertTrue(e.getMessage().startsWith("Copying the sample into the scratch schema rehearse_db_rehearsal failed ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("or raise --sample-rows so every table fits and the database itself is read."),
                e.getMessage());
        assertFalse(e.getMessage().contains("rh-secret-pw"));
    }

    @Test
    void anUnreachableDynamoDbIsOneSentence(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        AwsTarget nowhere = AwsTarget.endpoint("http://127.0.0.1:9", Sandbox.REGION, SandboxInfo.ACCESS_KEY, SandboxInfo.SECRET_KEY);
        LsqlException e = assertThrows(LsqlException.class, () -> rehearse(jdbc, nowhere, 10_000));
        assertTrue(e.getMessage().contains("127.0.0.1:9"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private static Rehearsal rehearse(JdbcSource jdbc, AwsTarget aws, long sampleRows) throws Exception {
        Candidate candidate = new Candidate("c1", "table per table", CandidateKind.TABLE_PER_TABLE,
                List.of(RehearsalFixture.target(RehearsalFixture.targets(), "Reps")), List.of());
        return new Rehearser(jdbc, aws, RehearsalOptions.STANDARD.withSampleRows(sampleRows).withTablePrefix("rhe_"),
                new CancellationToken()).rehearse(List.of(pattern("p-rep", "SELECT * FROM Reps WHERE rep_id = ?")), candidate,
                List.of(operation("p-rep", OperationKind.GET_ITEM, "Reps", null, List.of(eq("rep_id", "Reps.rep_id", "{rep_id}")),
                        List.of())));
    }
}
