package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.CandidateKind;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lsql.core.rehearse.RehearsalFixture.eq;
import static io.lsql.core.rehearse.RehearsalFixture.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A write-sharded partition key: the rehearsal asks every shard and gathers what they hold. */
@IntegrationTest
class RehearsalShardsIT {

    @Test
    void aShardedRegionIsGatheredFromEveryShard(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = RehearsalFixture.jdbc(sandbox);
        TargetSource customers = RehearsalFixture.target(RehearsalFixture.targets(), "Customers").sources().get(0);
        Target sharded = new Target("ShardedCustomers", new KeyAttribute("pk", KeyType.S), new KeyAttribute("sk", KeyType.S),
                List.of(), null, null, 0, 0, null, null, null, List.of(customers.withKeys(List.of(
                        new KeyTemplateSpec("pk", "{region}#{cust_id%4}"), new KeyTemplateSpec("sk", "{cust_id}")))));
        Candidate candidate = new Candidate("c5", "write sharding", CandidateKind.WRITE_SHARDING, List.of(sharded), List.of());
        PlannedOperation gather = new PlannedOperation("p-region", OperationKind.MULTI_REQUEST, "ShardedCustomers", null,
                List.of(), List.of(eq("pk", "Customers.region", "{region}#{cust_id%4}")), List.of(), List.of(), true, false, 4,
                4, 4, 2, 0, 0, "by hand");

        Rehearsal rehearsal = new Rehearser(jdbc, Databases.aws(sandbox), RehearsalOptions.STANDARD.withTablePrefix("rhsh_"),
                new CancellationToken()).rehearse(List.of(pattern("p-region", "SELECT * FROM Customers WHERE region = ?")),
                candidate, List.of(gather));

        RehearsalResult result = rehearsal.results().get(0);
        assertEquals(Outcome.EQUAL, result.outcome(), rehearsal.markdown());
        assertTrue(result.items() >= 2, result.line());
    }
}
