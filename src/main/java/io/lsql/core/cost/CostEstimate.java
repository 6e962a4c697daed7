package io.lsql.core.cost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * The cost of every target of a plan, with the prices and traffic it assumes and how many rows per source were
 * sampled. What {@code lsql cost} prints and the report's cost section shows.
 */
@JsonPropertyOrder({"prices", "rates", "sampleRows", "monthlyUsd", "targets"})
@JsonIgnoreProperties(value = {"monthlyUsd"}, allowGetters = true)
public record CostEstimate(Prices prices, AccessRates rates, int sampleRows, List<TargetCost> targets) {

    public CostEstimate {
        targets = List.copyOf(targets);
    }

    /** The cost of every measured target, in the order given. */
    public static CostEstimate of(List<SizeProfile> profiles, AccessRates rates, Prices prices, int sampleRows) {
        return new CostEstimate(prices, rates, sampleRows, profiles.stream().map(p -> TargetCost.estimate(p, rates, prices)).toList());
    }

    /** Storage and on-demand traffic of every target, a month. */
    @JsonProperty("monthlyUsd")
    public double monthlyUsd() {
        return targets.stream().mapToDouble(TargetCost::monthlyUsd).sum();
    }

    public double batchWriteUsd() {
        return targets.stream().mapToDouble(TargetCost::batchWriteUsd).sum();
    }

    public double importUsd() {
        return targets.stream().mapToDouble(TargetCost::importUsd).sum();
    }

    /** The text {@code lsql cost} prints: one block per target, then the totals and the prices used. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (TargetCost t : targets) {
            out.append(t.table()).append(String.format(Locale.ROOT, "  %,d items%s%n", t.items(), t.itemsExact() ? "" : " (estimated)"));
            out.append(String.format(Locale.ROOT, "  item size p50 %,d B  p95 %,d B  max %,d B (limit 400 KB)%n", t.p50(), t.p95(), t.max()));
            out.append(String.format(Locale.ROOT, "  storage %s GB ≈ %s/month%n", Money.gigabytes(t.storageGb()), Money.usd(t.storageUsdPerMonth())));
            out.append(String.format(Locale.ROOT, "  load: BatchWriteItem %,d WRU ≈ %s · ImportTable %s GB ≈ %s%n", t.batchWriteUnits(),
                    Money.usd(t.batchWriteUsd()), Money.gigabytes(t.importGb()), Money.usd(t.importUsd())));
            if (rates.given()) {
                out.append(String.format(Locale.ROOT, "  traffic: on-demand ≈ %s/month · provisioned %,d WCU + %,d RCU ≈ %s/month%s%n",
                        Money.usd(t.onDemandUsdPerMonth()), t.provisionedWcu(), t.provisionedRcu(), Money.usd(t.provisionedUsdPerMonth()),
                        prices.toConfirm().isEmpty() ? "" : " (provisioned prices to confirm)"));
            }
        }
        out.append(String.format(Locale.ROOT, "Total: %s/month (storage%s) · one-time load BatchWriteItem %s or ImportTable %s%n",
                Money.usd(monthlyUsd()), rates.given() ? " + on-demand traffic" : " only; give --reads-per-sec/--writes-per-sec for traffic",
                Money.usd(batchWriteUsd()), Money.usd(importUsd())));
        out.append("Sizes from up to ").append(sampleRows).append(" sampled rows per source; prices: ").append(prices.label()).append('.');
        return out.append('\n').toString();
    }
}
