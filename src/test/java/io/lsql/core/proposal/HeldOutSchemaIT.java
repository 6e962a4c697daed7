package io.lsql.core.proposal;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.Harvest;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sample.SqlScript;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schema the advisor was not tuned on (src/test/resources/heldout: a clinic, with its own MariaDB general log):
 * its patterns are harvested from the log, the proposal is planned, migrated and verified.
 */
@IntegrationTest
class HeldOutSchemaIT {

    static final String DB = "heldout_clinic";

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            s.execute("USE " + DB);
            for (String statement : SqlScript.split(resource("clinic.sql"))) {
                s.execute(statement);
            }
        }
    }

    static String resource(String name) throws Exception {
        try (InputStream in = HeldOutSchemaIT.class.getResourceAsStream("/heldout/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Harvest harvest(Sandbox sandbox, Path dir) throws Exception {
        Path log = dir.resolve("clinic-general.log");
        Files.writeString(log, resource("clinic-general.log"));
        return new PatternHarvester().harvest(Databases.source(sandbox, DB),
                new HarvestOptions(HarvestOptions.From.GENERAL_LOG, log, false, HarvestOptions.DEFAULT_PEAK_FACTOR));
    }

    @Test
    void theLogGivesTheClinicsPatternsWithRates(Sandbox sandbox, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Harvest harvest = harvest(sandbox, dir);
        assertEquals(9, harvest.patterns().size(), harvest.patterns().stream().map(AccessPattern::sql).toList().toString());
        for (AccessPattern pattern : harvest.patterns()) {
            assertEquals(PatternSource.GENERAL_LOG, pattern.source());
            assertTrue(pattern.shape().parsed(), pattern.sql() + ": " + pattern.shape().unparsedReason());
            assertTrue(pattern.averageRate() > 0, pattern.sql());
        }
        assertEquals(420, harvest.patterns().stream().mapToLong(AccessPattern::count).sum());
    }

    @Test
    void theProposalServesTheLogsLookupsAndItsPlanMigratesAndVerifiesEqual(Sandbox sandbox, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Harvest harvest = harvest(sandbox, dir);
        PatternsFile patterns = PatternsFile.of(harvest);
        JdbcSource source = Databases.source(sandbox, DB);
        Proposal proposal = new ProposalService(new DesignService()).propose(source, patterns, ProposalOptions.DEFAULTS);
        CandidateScore best = proposal.best();
        assertTrue(best.passes(), best.gateFailures().toString());
        String table = ProposalSummary.of(proposal, patterns).text();
        for (PlannedOperation op : best.operations()) {
            AccessPattern pattern = patterns.patterns().stream().filter(p -> p.id().equals(op.patternId())).findFirst().orElseThrow();
            boolean byKeyOrIndex = pattern.sql().contains("WHERE patient_id = ?") || pattern.sql().contains("WHERE email = ?")
                    || pattern.sql().contains("FROM prescriptions WHERE appt_id = ?") || pattern.sql().contains("WHERE specialty = ?");
            if (byKeyOrIndex) {
                assertEquals(OperationKind.Service.SERVED, op.service(), pattern.sql() + "\n" + table);
            }
            assertTrue(op.kind() != OperationKind.SCAN && op.kind() != OperationKind.UNSERVED,
                    "every statement of the log is served without a Scan: " + pattern.sql() + "\n" + table);
        }

        Plan plan = ProposalPlans.plan(best, new PlanBuilder.Request(List.of(), false, "heldout_", dir.resolve("stage").toUri().toString(),
                PlanBuilder.describe(source), null));
        assertEquals(List.of(), PlanChecker.check(plan, source));
        RunReport run = new PlanRunner(source, Databases.aws(sandbox), RunListener.NONE, new CancellationToken()).run(plan, false, false);
        assertEquals(TargetState.DONE, run.state(), run.markdown());
        for (RunReport.Line line : run.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.table() + ": " + run.markdown());
        }
        assertEquals(plan.targets().stream().map(Target::table).toList(), run.targets().stream().map(RunReport.Line::table).toList());
    }
}
