package io.lsql.core.proposal;

import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Target;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.sample.SqlScript;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class ProposalIT {

    private static final String DB = "proposal_app";
    private static final String HOT_DB = "proposal_hot";
    /** The application's own lookups, run beside the workshop's sample queries. */
    static final List<String> APP_QUERIES = List.of(
            "SELECT * FROM Customers WHERE region = 'West'",
            "SELECT prod_id, name, list_price FROM Products WHERE category = 'Snow' ORDER BY last_updated",
            "SELECT * FROM Customers WHERE cust_id = '0001'",
            "SELECT * FROM OrderLines WHERE ord_id = '0002' AND ord_line_id >= '0002' ORDER BY ord_line_id",
            "SELECT o.ord_id, o.ord_date, c.name FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.cust_id = '0003'",
            "SELECT * FROM Orders WHERE ord_id = '0004'");
    private static final Set<OperationKind> CHEAP = Set.of(OperationKind.GET_ITEM, OperationKind.QUERY, OperationKind.COLLECTION);

    @Test
    void theBestCandidateServesWhatTodaysDesignServesAndIndexesMoveTheScoreTheRightWay(Sandbox sandbox) throws Exception {
        PatternsFile patterns = digestPatterns(sandbox);
        Proposal proposal = new ProposalService(new DesignService()).propose(Databases.source(sandbox, DB), patterns,
                ProposalOptions.DEFAULTS);
        CandidateScore today = proposal.ranked().stream().filter(s -> s.candidate().kind() == CandidateKind.TABLE_PER_TABLE)
                .findFirst().orElseThrow();
        CandidateScore best = proposal.best();
        assertTrue(best.passes(), best.gateFailures().toString());
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < patterns.patterns().size(); i++) {
            if (CHEAP.contains(today.operations().get(i).kind()) && !CHEAP.contains(best.operations().get(i).kind())) {
                lost.add(patterns.patterns().get(i).sql() + " -> " + best.operations().get(i));
            }
        }
        assertEquals(List.of(), lost, "best " + best.candidate().name());
        assertEquals(List.of(CandidateKind.TABLE_PER_TABLE, CandidateKind.ITEM_COLLECTIONS, CandidateKind.PATTERN_GSIS,
                CandidateKind.SINGLE_TABLE), proposal.ranked().stream().sorted(java.util.Comparator.comparing(
                        (CandidateScore s) -> s.candidate().id())).map(s -> s.candidate().kind()).toList());
        for (CandidateKind together : List.of(CandidateKind.ITEM_COLLECTIONS, CandidateKind.SINGLE_TABLE)) {
            CandidateScore collection = proposal.ranked().stream().filter(s -> s.candidate().kind() == together)
                    .findFirst().orElseThrow();
            assertEquals(OperationKind.COLLECTION, operation(collection, patterns, "cust_id = o . cust_id WHERE").kind(), together.name());
        }
        PlannedOperation region = operation(best, patterns, "WHERE region = ?");
        assertEquals(OperationKind.QUERY, region.kind(), region.toString());
        assertNotNull(region.index(), region.toString());
        assertEquals(OperationKind.QUERY, operation(best, patterns, "WHERE category = ?").kind());
        PlannedOperation lines = operation(best, patterns, "ord_line_id >= ?");
        assertEquals(KeyCondition.Operator.GE, lines.keyConditions().get(1).operator(), lines.toString());

        DataProfile profile = new DataProfiler(Databases.source(sandbox, DB), new io.lsql.core.CancellationToken())
                .profile(schema(sandbox), today.candidate().targets(), 2000);
        Scorer scorer = new Scorer(profile, ProposalOptions.DEFAULTS.prices());
        Candidate withoutRegion = edit(today.candidate(), "c91", t -> TargetEdits.pruned(t.withIndexes(t.indexes().stream()
                .filter(i -> !i.name().equals("idx_region")).toList())));
        Candidate unusedGsi = edit(today.candidate(), "c92", t -> {
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(new Index("by_phone", new KeyAttribute("phone", KeyType.S), null, "ALL", List.of()));
            return t.withIndexes(indexes);
        });
        List<CandidateScore> scores = scorer.score(List.of(today.candidate(), withoutRegion, unusedGsi), patterns);
        assertEquals(OperationKind.SCAN, operation(scores.get(1), patterns, "WHERE region = ?").kind());
        assertTrue(scores.get(1).score().total() < scores.get(0).score().total(), scores.toString());
        assertTrue(scores.get(2).score().total() < scores.get(0).score().total(), scores.get(2).findings().toString());
        assertTrue(scores.get(2).findings().stream().anyMatch(f -> f.contains("by_phone")), scores.get(2).findings().toString());

        for (CandidateScore candidate : proposal.ranked()) {
            assertTrue(candidate.passes(), candidate.candidate().name() + ": " + candidate.gateFailures());
            Plan plan = ProposalPlans.plan(candidate, new PlanBuilder.Request(List.of(), false, "", null, null, null));
            assertEquals(List.of(), PlanChecker.check(plan, Databases.source(sandbox, DB)), candidate.candidate().name());
        }
        ProposalTable table = ProposalTable.of(best, patterns);
        assertEquals(patterns.patterns().size(), table.rows().size());
        assertTrue(table.text().contains(region.patternId()) && table.markdown().startsWith("### " + best.candidate().id()),
                table.markdown());
        assertTrue(table.text().contains("= :region"), table.text());

        Proposal again = new ProposalService(new DesignService()).propose(Databases.source(sandbox, DB), patterns,
                ProposalOptions.DEFAULTS);
        assertEquals(proposal, again, "the same inputs give the same candidates, scores and order");
    }

    @Test
    void aRegionHoldingMostCustomersAtAHighInsertRateBringsWriteShardingIntoTheTopThree(Sandbox sandbox) throws Exception {
        try (Connection root = Databases.connect(sandbox, ""); Statement s = root.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + HOT_DB);
            s.execute("CREATE DATABASE " + HOT_DB);
            SampleDatabases.loadAppDb(root, HOT_DB);
        }
        try (Connection hot = Databases.connect(sandbox, HOT_DB); Statement s = hot.createStatement()) {
            StringBuilder insert = new StringBuilder("INSERT INTO Customers (cust_id, name, email, region, credit_rating, "
                    + "last_updated) VALUES ");
            for (int i = 11; i <= 400; i++) {
                insert.append(i == 11 ? "" : ", ").append(String.format("('%04d', 'n%d', 'e%d@x', '%s', 600, NOW())", i, i, i,
                        i % 40 == 0 ? "East" : "West"));
            }
            s.execute(insert.toString());
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hot", ".sql");
        java.nio.file.Files.writeString(file, String.join(";\n", List.of(
                "INSERT INTO Customers (cust_id, name, email, region, credit_rating, last_updated) VALUES ('9', 'a', 'b', 'West', 1, NOW())",
                "SELECT * FROM Customers WHERE region = 'West'",
                "SELECT * FROM Customers WHERE cust_id = '0001'")) + ";\n");
        PatternsFile harvested = PatternsFile.of(new PatternHarvester().harvest(Databases.source(sandbox, HOT_DB),
                new HarvestOptions(HarvestOptions.From.FILE, file, false, 3.0)));
        PatternsFile patterns = new PatternsFile(harvested.patternsVersion(), harvested.schema(), harvested.patterns().stream()
                .map(p -> p.sql().startsWith("INSERT") ? p.withPeakRate(5000) : p).toList());
        Proposal proposal = new ProposalService(new DesignService()).propose(Databases.source(sandbox, HOT_DB), patterns,
                ProposalOptions.DEFAULTS);
        assertTrue(proposal.top().stream().anyMatch(s -> s.candidate().kind() == CandidateKind.WRITE_SHARDING && s.passes()),
                describe(proposal));
        CandidateScore sharded = proposal.top().stream().filter(s -> s.candidate().kind() == CandidateKind.WRITE_SHARDING)
                .findFirst().orElseThrow();
        PlannedOperation byRegion = operation(sharded, patterns, "WHERE region = ?");
        assertEquals(OperationKind.MULTI_REQUEST, byRegion.kind(), byRegion.toString());
        assertEquals(10, byRegion.requests(), "4,750 WCU at peak over shards sized to 500 WCU each");
        assertTrue(sharded.findings().stream().noneMatch(f -> f.contains("WCU")), sharded.findings().toString());
        CandidateScore today = proposal.ranked().stream().filter(s -> s.candidate().kind() == CandidateKind.TABLE_PER_TABLE)
                .findFirst().orElseThrow();
        assertTrue(today.findings().stream().anyMatch(f -> f.contains("region")), today.findings().toString());
    }

    static String describe(Proposal proposal) {
        StringBuilder sb = new StringBuilder();
        for (CandidateScore s : proposal.ranked()) {
            sb.append('\n').append(s.candidate().id()).append(' ').append(s.candidate().kind()).append(' ')
                    .append(s.score()).append(" total=").append(s.score().total()).append(' ').append(s.gateFailures())
                    .append(' ').append(s.findings());
        }
        return sb.toString();
    }

    private static PlannedOperation operation(CandidateScore score, PatternsFile patterns, String sql) {
        for (int i = 0; i < patterns.patterns().size(); i++) {
            if (patterns.patterns().get(i).sql().replace("`", "").contains(sql)) {
                return score.operations().get(i);
            }
        }
        throw new AssertionError("no pattern with " + sql + " among " + patterns.patterns().size());
    }

    private static Candidate edit(Candidate candidate, String id, java.util.function.UnaryOperator<Target> customers) {
        List<Target> targets = candidate.targets().stream()
                .map(t -> t.sources().get(0).name().equals("Customers") ? customers.apply(t) : t).toList();
        return new Candidate(id, candidate.name(), candidate.kind(), targets, candidate.notes());
    }

    private static io.lsql.core.schema.Schema schema(Sandbox sandbox) {
        return new DesignService().design(Databases.source(sandbox, DB), List.of()).schema();
    }

    /** A copy of app_db, the sample queries and the application's lookups run on it, harvested from the digest table. */
    static PatternsFile digestPatterns(Sandbox sandbox) throws Exception {
        try (Connection root = Databases.connect(sandbox, ""); Statement s = root.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            SampleDatabases.loadAppDb(root, DB);
        }
        try (Connection app = Databases.connect(sandbox, DB); Statement s = app.createStatement()) {
            s.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest");
            List<String> statements = new ArrayList<>(APP_QUERIES);
            for (SampleQuery query : SampleQueries.all()) {
                statements.addAll(SqlScript.split(query.sql()));
            }
            for (int run = 0; run < 2; run++) {
                for (String sql : statements) {
                    try (ResultSet rows = s.executeQuery(sql)) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                }
            }
        }
        return PatternsFile.of(new PatternHarvester().harvest(Databases.source(sandbox, DB),
                new HarvestOptions(HarvestOptions.From.DIGEST, null, true, 3.0)));
    }
}
