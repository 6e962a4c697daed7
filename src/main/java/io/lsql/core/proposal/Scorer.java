package io.lsql.core.proposal;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores candidate designs against the access patterns (ADR 0012): coverage 40, cost 20, hot keys 20, write
 * amplification 10, simplicity 10; a design failing a hard gate keeps its score but ranks last.
 */
public final class Scorer {

    static final double COVERAGE = 40;
    static final double COST = 20;
    static final double HOT_KEYS = 20;
    static final double WRITE_AMPLIFICATION = 10;
    static final double SIMPLICITY = 10;
    /** Capacity one partition serves per second. */
    static final double PARTITION_RCU = 3000;
    static final double PARTITION_WCU = 1000;
    /** The peak rate a pattern is taken at when it states none, as a multiple of its average rate. */
    static final double PEAK_FACTOR = 3;
    static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private final DataProfile profile;
    private final Prices prices;

    public Scorer(DataProfile profile, Prices prices) {
        this.profile = profile;
        this.prices = prices;
    }

    /** What scoring one candidate measured before the cost part, which needs every candidate's cost, is known. */
    record Measured(Candidate candidate, List<PlannedOperation> operations, double monthlyCost, List<String> gateFailures,
                    ScoreParts partial, List<String> findings, List<HotKey> hotKeys) {
    }

    /** A partition a pattern drives over its limit at peak: the load on it against the limit. */
    record HotKey(String patternId, String table, String index, String attribute, double load, double limit, boolean write) {

        double excess() {
            return Math.max(0, load / limit - 1);
        }
    }

    /** Scores every candidate; cost is against the cheapest candidate that passes every gate. */
    public List<CandidateScore> score(List<Candidate> candidates, PatternsFile patterns) {
        List<Measured> measured = candidates.stream().map(c -> measure(c, patterns)).toList();
        double cheapest = measured.stream().filter(m -> m.gateFailures().isEmpty()).mapToDouble(Measured::monthlyCost).min()
                .orElse(measured.stream().mapToDouble(Measured::monthlyCost).min().orElse(0));
        List<CandidateScore> scores = new ArrayList<>();
        for (Measured m : measured) {
            double cost = m.monthlyCost() <= 0 ? COST : COST * Math.min(1, cheapest / m.monthlyCost());
            ScoreParts p = m.partial();
            scores.add(new CandidateScore(m.candidate(), m.operations(), new ScoreParts(p.coverage(), cost, p.hotKeys(),
                    p.writeAmplification(), p.simplicity()), m.monthlyCost(), m.gateFailures(), m.findings()));
        }
        return scores;
    }

    Measured measure(Candidate candidate, PatternsFile patterns) {
        AccessPaths paths = new AccessPaths(candidate.targets(), profile);
        PatternPlanner planner = new PatternPlanner(candidate.targets(), profile, prices);
        List<PlannedOperation> operations = patterns.patterns().stream().map(planner::plan).toList();
        KeySample sample = KeySample.of(paths);
        List<String> gates = Gates.check(paths, sample);
        List<String> findings = new ArrayList<>();
        List<HotKey> hot = HotPartitions.find(paths, sample, patterns.patterns(), operations);
        hot.forEach(h -> findings.add(String.format(Locale.ROOT, "Pattern %s drives one partition of %s%s (%s) to %.0f %s/s at "
                + "peak, over the %.0f a partition serves.", h.patternId(), h.table(), h.index() == null ? "" : " GSI " + h.index(),
                h.attribute(), h.load(), h.write() ? "WCU" : "RCU", h.limit())));
        double coverage = coverage(patterns.patterns(), operations);
        double hotScore = HOT_KEYS / (1 + hot.stream().mapToDouble(HotKey::excess).sum());
        double amplification = WRITE_AMPLIFICATION / (1 + amplification(paths, patterns.patterns(), operations));
        double simplicity = SIMPLICITY / (1 + simplicityPenalty(paths, operations, findings));
        double monthly = operations.stream().mapToDouble(PlannedOperation::monthlyCost).sum() + storage(paths);
        return new Measured(candidate, operations, monthly, gates, new ScoreParts(coverage, 0, hotScore, amplification,
                simplicity), findings, hot);
    }

    /** A pattern's importance: its weight times its rate ({@link PatternPlanner#UNKNOWN_RATE} when it has none). */
    static double importance(AccessPattern pattern) {
        return Math.max(0, pattern.weight()) * PatternPlanner.rate(pattern);
    }

    /** Importance-weighted share of the patterns served cheaply: 1 served, filtered by its selectivity, k requests 1/2, scan 0. */
    static double coverage(List<AccessPattern> patterns, List<PlannedOperation> operations) {
        double weights = 0;
        double served = 0;
        for (int i = 0; i < patterns.size(); i++) {
            double weight = importance(patterns.get(i));
            weights += weight;
            served += weight * credit(operations.get(i));
        }
        return weights == 0 ? COVERAGE : COVERAGE * served / weights;
    }

    static double credit(PlannedOperation op) {
        return switch (op.kind()) {
            case GET_ITEM, QUERY, COLLECTION, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM -> 1;
            case QUERY_FILTER -> op.itemsRead() <= 0 ? 0 : Math.min(1, op.itemsReturned() / op.itemsRead());
            case MULTI_REQUEST -> 0.5;
            case SCAN, UNSERVED -> 0;
        };
    }

    /** GSI writes per item write, weighted by the write patterns' rates (every source counts once when none writes). */
    private static double amplification(AccessPaths paths, List<AccessPattern> patterns, List<PlannedOperation> operations) {
        double rates = 0;
        double gsiWrites = 0;
        for (int i = 0; i < patterns.size(); i++) {
            PlannedOperation op = operations.get(i);
            if (op.writeUnits() > 0 && !op.sourceIds().isEmpty()) {
                double rate = importance(patterns.get(i));
                String table = patterns.get(i).shape().tables().get(0);
                rates += rate;
                gsiWrites += rate * paths.place(table).map(PatternPlanner::gsiWrites).orElse(0.0);
            }
        }
        if (rates > 0) {
            return gsiWrites / rates;
        }
        List<AccessPaths.Placement> all = paths.placements();
        return all.isEmpty() ? 0 : all.stream().mapToDouble(PatternPlanner::gsiWrites).sum() / all.size();
    }

    /** One point per unused GSI, half a point per overloaded generic key attribute and per scatter-gather pattern. */
    private static double simplicityPenalty(AccessPaths paths, List<PlannedOperation> operations, List<String> findings) {
        Set<String> used = new HashSet<>();
        operations.stream().filter(o -> o.index() != null).forEach(o -> used.add(o.table() + "|" + o.index()));
        double penalty = 0;
        for (Target target : paths.targets()) {
            for (Index index : target.indexes()) {
                if (!used.contains(target.table() + "|" + index.name())) {
                    penalty += 1;
                    findings.add("GSI " + index.name() + " of " + target.table() + " serves no pattern but is written with every item.");
                }
            }
            penalty += 0.5 * overloadedKeys(target);
        }
        for (PlannedOperation op : operations) {
            if (op.kind() == OperationKind.MULTI_REQUEST) {
                penalty += 0.5;
                findings.add("Pattern " + op.patternId() + " takes " + op.requests() + " requests per call.");
            }
        }
        return penalty;
    }

    /** Key attributes of a several-source target that more than one source fills: generic, overloaded keys. */
    static int overloadedKeys(Target target) {
        if (!target.singleTable()) {
            return 0;
        }
        Set<String> attributes = new java.util.LinkedHashSet<>();
        attributes.add(target.partitionKey().name());
        if (target.sortKey() != null) {
            attributes.add(target.sortKey().name());
        }
        target.indexes().forEach(i -> attributes.add(i.partitionKey().name()));
        int overloaded = 0;
        for (String attribute : attributes) {
            long filled = target.sources().stream().filter(s -> s.template(attribute) != null).count();
            overloaded += filled > 1 ? 1 : 0;
        }
        return overloaded;
    }

    /** Dollars a month to store every item and its GSI copies (ALL projection), with DynamoDB's 100-byte overhead. */
    private double storage(AccessPaths paths) {
        double bytes = 0;
        for (AccessPaths.Placement placement : paths.placements()) {
            double item = ItemSize.storedBytes(Math.max(1, placement.profile().itemBytesP50()));
            bytes += placement.profile().rows() * item * (1 + PatternPlanner.gsiWrites(placement));
        }
        return bytes / BYTES_PER_GB * prices.storagePerGbMonth();
    }

    static double peakRate(AccessPattern pattern) {
        return pattern.peakRate() > 0 ? pattern.peakRate() : PEAK_FACTOR * PatternPlanner.rate(pattern);
    }
}
