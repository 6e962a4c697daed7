package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * What a dry run found for one target, over all its sources.
 *
 * @param error       why the target could not be read (one sentence), or {@code null}; its counts are then zero
 * @param rows        rows read
 * @param items       rows that become items (before duplicate keys are counted)
 * @param rejects     rows that would be rejects, by reason, in {@link DryRunReason} order; only reasons that occur
 * @param duplicates  items whose target key an earlier item of the target already has
 * @param stagedBytes the uncompressed DynamoDB JSON the export would stage for the items
 * @param stagedGzipBytes an estimate of the same gzipped, as the export writes it by default
 */
@JsonPropertyOrder({"table", "clean", "error", "rows", "items", "rejected", "rejects", "duplicates", "sizes", "stagedBytes", "stagedGzipBytes", "cost",
    "sources", "indexes"})
@JsonIgnoreProperties(value = {"clean", "rejected"}, allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetDryRun(String table, String error, long rows, long items, List<RejectCount> rejects, Duplicates duplicates,
                           Sizes sizes, long stagedBytes, long stagedGzipBytes, DryRunCost cost, List<SourceRows> sources,
                           List<IndexEntries> indexes) {

    public TargetDryRun {
        rejects = List.copyOf(rejects);
        sources = List.copyOf(sources);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
    }

    /** A target whose sources could not be read. */
    public static TargetDryRun failed(String table, String error) {
        return new TargetDryRun(table, error, 0, 0, List.of(), Duplicates.NONE, new Sizes(0, 0, 0, 0), 0, 0, DryRunCost.of(0, 0, 0),
                List.of(), List.of());
    }

    /** Rows of one reason, with the first few as examples ("key: reason"). */
    @JsonPropertyOrder({"reason", "rows", "examples"})
    public record RejectCount(DryRunReason reason, long rows, List<String> examples) {
        public RejectCount {
            examples = List.copyOf(examples);
        }
    }

    /**
     * @param keys     distinct target keys held by more than one item
     * @param rows     items beyond the first of each such key (what the run would reject)
     * @param examples the first few keys, each with where its items come from
     */
    @JsonPropertyOrder({"keys", "rows", "examples"})
    public record Duplicates(long keys, long rows, List<DuplicateKey> examples) {
        public static final Duplicates NONE = new Duplicates(0, 0, List.of());

        public Duplicates {
            examples = List.copyOf(examples);
        }
    }

    /** One key held by {@code items} items, e.g. rows 3 and 7 of source {@code Orders} ({@code rows} lists the first few). */
    @JsonPropertyOrder({"key", "items", "rows"})
    public record DuplicateKey(String key, long items, List<String> rows) {
        public DuplicateKey {
            rows = List.copyOf(rows);
        }
    }

    /** Item sizes in bytes as DynamoDB counts them (within 1.6%, rounded up, for the percentiles); total is exact. */
    @JsonPropertyOrder({"p50", "p95", "max", "total"})
    public record Sizes(long p50, long p95, long max, long total) {
        static Sizes of(ItemSizeStats stats) {
            return new Sizes(stats.percentile(50), stats.percentile(95), stats.max(), stats.total());
        }
    }

    /**
     * The entries of one global secondary index: items that carry its key attributes, and the bytes it copies of
     * them (the whole item for ALL; for KEYS_ONLY and INCLUDE the table key, the index key and the included
     * attributes as encoded, a close upper bound).
     */
    @JsonPropertyOrder({"index", "items", "projectedBytes"})
    public record IndexEntries(String index, long items, long projectedBytes) {
    }

    /** Rows and outcomes of one source of the target. */
    @JsonPropertyOrder({"id", "source", "rows", "items", "rejected"})
    public record SourceRows(String id, String source, long rows, long items, long rejected) {
    }

    /** True when every row would become an item and no two items share a key. */
    @JsonProperty("clean")
    public boolean clean() {
        return error == null && rejected() == 0 && duplicates.rows() == 0;
    }

    /** Rows that would be rejects for any reason, duplicates not included. */
    @JsonProperty("rejected")
    public long rejected() {
        return rejects.stream().mapToLong(RejectCount::rows).sum();
    }

    public long rejects(DryRunReason reason) {
        return rejects.stream().filter(r -> r.reason() == reason).mapToLong(RejectCount::rows).sum();
    }

    /** The text block the CLI prints for this target. */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (error != null) {
            return out.append(table).append("  ERROR\n  ").append(error).append('\n').toString();
        }
        out.append(table).append(clean() ? "  clean" : "  NOT CLEAN").append('\n');
        out.append(String.format(Locale.ROOT, "  rows %,d  items %,d  rejects %,d  duplicate keys %,d (%,d rows)%n",
                rows, items, rejected(), duplicates.keys(), duplicates.rows()));
        for (RejectCount reject : rejects) {
            out.append(String.format(Locale.ROOT, "  %,d %s%n", reject.rows(), reject.reason().label()));
            reject.examples().forEach(e -> out.append("      ").append(e).append('\n'));
        }
        for (DuplicateKey key : duplicates.examples()) {
            out.append(String.format(Locale.ROOT, "  duplicate key %s: %,d items (%s)%n", key.key(), key.items(),
                    String.join(", ", key.rows())));
        }
        out.append(String.format(Locale.ROOT, "  item size p50 %,d B  p95 %,d B  max %,d B  staged %,d B (gzip ≈ %,d B)%n",
                sizes.p50(), sizes.p95(), sizes.max(), stagedBytes, stagedGzipBytes));
        out.append("  write cost ").append(cost.describe()).append('\n');
        if (sources.size() > 1) {
            for (SourceRows source : sources) {
                out.append(String.format(Locale.ROOT, "  source %s: rows %,d  items %,d  rejects %,d%n", source.id(),
                        source.rows(), source.items(), source.rejected()));
            }
        }
        return out.toString();
    }
}
