package io.lsql.core.proposal;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.schema.Schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Proposes a design for a database and its access patterns: samples the data, generates the candidates, scores each
 * and ranks them best first (candidates failing a hard gate last, ties by candidate id), the same for the same inputs.
 */
public final class ProposalService {

    private final DesignService designs;

    public ProposalService(DesignService designs) {
        this.designs = designs;
    }

    public Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProposalOptions options) {
        return propose(jdbc, patterns, options, new CancellationToken());
    }

    public Proposal propose(JdbcSource jdbc, PatternsFile patterns, ProposalOptions options, CancellationToken cancel) {
        DesignService.SchemaDesign design = designs.design(jdbc, List.of());
        Schema schema = design.schema();
        List<Target> baseline = baseline(schema, design);
        if (baseline.isEmpty()) {
            throw new LsqlException("The database " + schema.name() + " has no tables to propose a design for.");
        }
        DataProfile profile = new DataProfiler(jdbc, cancel).profile(schema, baseline, options.sampleRows());
        return rank(schema, profile, baseline, patterns, options);
    }

    /** Generates, scores and ranks the candidates on an already measured profile. */
    public static Proposal rank(Schema schema, DataProfile profile, List<Target> baseline, PatternsFile patterns,
                                ProposalOptions options) {
        List<Candidate> candidates = new CandidateGenerator(schema, profile, options.prices()).generate(baseline, patterns);
        List<CandidateScore> scores = new ArrayList<>(new Scorer(profile, options.prices()).score(candidates, patterns));
        scores.sort(ORDER);
        return new Proposal(schema.name(), sha256(patterns), scores);
    }

    /** Passing candidates first, then the higher total, then the lower candidate number. */
    static final Comparator<CandidateScore> ORDER = Comparator.comparing((CandidateScore s) -> !s.passes())
            .thenComparing(s -> -round(s.score().total()))
            .thenComparingInt(s -> Integer.parseInt(s.candidate().id().substring(1)));

    /** Totals compared to a millionth of a point, so float noise never reorders equal designs. */
    private static double round(double total) {
        return Math.round(total * 1_000_000) / 1_000_000.0;
    }

    private static List<Target> baseline(Schema schema, DesignService.SchemaDesign design) {
        Plan plan = PlanBuilder.fromDesigns(schema, design.designs(),
                new PlanBuilder.Request(List.of(), false, "", null, null, null));
        return plan.targets();
    }

    /** The SHA-256 of the canonical patterns JSON ({@link PatternsJson#write}), hex. */
    public static String sha256(PatternsFile patterns) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(PatternsJson.write(patterns).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
