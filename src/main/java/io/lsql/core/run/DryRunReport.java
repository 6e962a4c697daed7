package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.cost.Prices;

import java.util.List;
import java.util.Locale;

/**
 * What {@code lsql migrate --plan … --dry-run} found: one {@link TargetDryRun} per target of the plan, in plan order.
 *
 * @param pricing the prices the costs were computed with
 */
@JsonPropertyOrder({"clean", "pricing", "targets"})
@JsonIgnoreProperties(value = {"clean"}, allowGetters = true)
public record DryRunReport(String pricing, List<TargetDryRun> targets) {

    public static final String PRICING = pricing(Prices.defaults());

    private static String pricing(Prices prices) {
        return String.format(Locale.ROOT, "%s on-demand list prices as of %s: $%.3f per million write request units, $%.2f per GB "
                + "imported from S3", prices.region(), prices.asOf(), prices.onDemandWritePerMillion(), prices.importPerGb());
    }

    public DryRunReport {
        targets = List.copyOf(targets);
    }

    public DryRunReport(List<TargetDryRun> targets) {
        this(PRICING, targets);
    }

    /** True when a run would reject no row and find no duplicate key in any target (the CLI exits 0, else 4). */
    @JsonProperty("clean")
    public boolean clean() {
        return targets.stream().allMatch(TargetDryRun::clean);
    }

    /** True when some target could not be read at all (see {@link TargetDryRun#error()}). */
    public boolean failed() {
        return targets.stream().anyMatch(t -> t.error() != null);
    }

    public TargetDryRun target(String table) {
        return targets.stream().filter(t -> t.table().equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + table + " in the dry run"));
    }

    /** The compact text the CLI prints: one block per target, then one line for the whole plan. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (TargetDryRun target : targets) {
            out.append(target.text()).append('\n');
        }
        long failed = targets.stream().filter(t -> t.error() != null).count();
        long dirty = targets.stream().filter(t -> !t.clean()).count() - failed;
        if (clean()) {
            out.append("Dry run: all ").append(targets.size()).append(" targets would load cleanly.");
        } else {
            out.append("Dry run: of ").append(targets.size()).append(" targets, ").append(dirty)
                    .append(" would have rejects or duplicate keys").append(failed > 0 ? " and " + failed + " could not be read" : "")
                    .append('.');
        }
        out.append('\n').append("Costs at ").append(pricing).append('.').append('\n');
        return out.toString();
    }
}
