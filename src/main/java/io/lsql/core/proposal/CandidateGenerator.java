package io.lsql.core.proposal;

import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Target;
import io.lsql.core.schema.Schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Generates the candidate designs, always in the same order with the same ids ({@code c1}, {@code c2}, …): today's
 * table per table, item collections, sparse GSIs, pattern GSIs, write sharding where a candidate so far has a hot
 * partition, and the single-table layout. A family that changes nothing is left out.
 */
public final class CandidateGenerator {

    private final Schema schema;
    private final DataProfile profile;
    private final Prices prices;

    public CandidateGenerator(Schema schema, DataProfile profile, Prices prices) {
        this.schema = schema;
        this.profile = profile;
        this.prices = prices;
    }

    /** The candidates for {@code patterns}, starting from {@code baseline} (the advisor's table-per-table targets). */
    public List<Candidate> generate(List<Target> baseline, PatternsFile patterns) {
        List<AccessPattern> list = patterns.patterns();
        List<Candidate> candidates = new ArrayList<>();
        add(candidates, CandidateKind.TABLE_PER_TABLE, "Table per table (today's advisor)", Optional.of(baseline),
                List.of("One table per MySQL table, one GSI per secondary index."));
        List<String> notes = new ArrayList<>();
        add(candidates, CandidateKind.ITEM_COLLECTIONS, "Item collections along joined foreign keys",
                CollectionDesigns.itemCollections(schema, baseline, list, notes), notes);
        notes = new ArrayList<>();
        add(candidates, CandidateKind.SPARSE_GSIS, "Sparse GSIs on nullable lookup columns",
                IndexDesigns.sparse(schema, baseline, list, profile, notes), notes);
        notes = new ArrayList<>();
        add(candidates, CandidateKind.PATTERN_GSIS, "Only the GSIs the patterns use",
                IndexDesigns.patternGsis(schema, baseline, list, profile, prices, notes), notes);
        notes = new ArrayList<>();
        Optional<Candidate> hottest = hottest(candidates, patterns);
        if (hottest.isPresent()) {
            Optional<List<Target>> sharded = WriteSharding.of(schema, hottest.get().targets(),
                    new Scorer(profile, prices).measure(hottest.get(), patterns).hotKeys(), notes);
            add(candidates, CandidateKind.WRITE_SHARDING, "Write sharding of " + hottest.get().name().toLowerCase(java.util.Locale.ROOT),
                    sharded, notes);
        }
        notes = new ArrayList<>();
        add(candidates, CandidateKind.SINGLE_TABLE, "Single table with generic keys",
                SingleTableDesign.of(schema, baseline, list, notes), notes);
        return candidates;
    }

    /** The best-scoring candidate so far that has a hot partition (ties to the earlier one). */
    private Optional<Candidate> hottest(List<Candidate> candidates, PatternsFile patterns) {
        Scorer scorer = new Scorer(profile, prices);
        return candidates.stream().map(c -> scorer.measure(c, patterns)).filter(m -> !m.hotKeys().isEmpty())
                .min(Comparator.comparingDouble((Scorer.Measured m) -> -m.partial().total()))
                .map(Scorer.Measured::candidate);
    }

    private static void add(List<Candidate> candidates, CandidateKind kind, String name, Optional<List<Target>> targets,
                            List<String> notes) {
        if (targets.isEmpty() || candidates.stream().anyMatch(c -> c.targets().equals(targets.get()))) {
            return;
        }
        candidates.add(new Candidate("c" + (candidates.size() + 1), name, kind, targets.get(), notes));
    }
}
