package io.lsql.ui.reports;

import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Money;
import io.lsql.core.cost.Prices;
import io.lsql.core.cost.TargetCost;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;

/**
 * The cost part of the Reports pane: the traffic the user expects (reads and writes per second per table) and the core's
 * figures for each target; every column of money figures is headed by the region and date of the prices it used.
 * New rates rebuild the report in the background (its sizes come from a fresh sample of real rows).
 */
public final class CostViewModel {

    private final Runnable rebuild;

    public final StringProperty readsPerSecond = new SimpleStringProperty("0");
    public final StringProperty writesPerSecond = new SimpleStringProperty("0");
    public final ObservableList<CostRow> rows = FXCollections.observableArrayList();
    /** Region and as-of date of the prices, shown over every column of money figures. */
    public final StringProperty priceTag = new SimpleStringProperty("");
    /** The same for the provisioned figures, which say "to confirm" while those prices are not checked. */
    public final StringProperty provisionedTag = new SimpleStringProperty("");
    /** Where the prices come from: region, as-of date and source. */
    public final StringProperty prices = new SimpleStringProperty("");
    public final StringProperty totals = new SimpleStringProperty("");
    /** Why the rates can't be used, or empty. */
    public final StringProperty problem = new SimpleStringProperty("");

    CostViewModel(Runnable rebuild) {
        this.rebuild = rebuild;
    }

    /** One target's figures as the cost table shows them. */
    public record CostRow(String table, String items, String itemSizes, String storage, String batchWriteLoad, String importLoad,
                          String onDemand, String provisioned) {
    }

    /** Recomputes the cost for the rates typed, in the background, unless they are not numbers of zero or more. */
    public void recompute() {
        if (rates() != null) {
            rebuild.run();
        }
    }

    /** The rates typed, or {@code null} with {@link #problem} saying why. */
    AccessRates rates() {
        try {
            double reads = Double.parseDouble(readsPerSecond.get().trim());
            double writes = Double.parseDouble(writesPerSecond.get().trim());
            if (!Double.isFinite(reads) || !Double.isFinite(writes)) {
                throw new NumberFormatException("not finite");
            }
            AccessRates rates = new AccessRates(reads, writes);
            problem.set("");
            return rates;
        } catch (IllegalArgumentException e) {
            problem.set("Reads and writes per second must be numbers of zero or more, e.g. 50 or 2.5.");
            return null;
        }
    }

    void show(CostEstimate cost) {
        Prices p = cost.prices();
        String tag = p.region() + ", " + p.asOf();
        priceTag.set(tag);
        provisionedTag.set(p.unconfirmed("provisionedWcuHour") || p.unconfirmed("provisionedRcuHour") ? tag + ", to confirm" : tag);
        rows.setAll(cost.targets().stream().map(CostViewModel::row).toList());
        prices.set("Prices: " + p.label() + ". Sizes from up to " + String.format(Locale.ROOT, "%,d", cost.sampleRows())
                + " sampled rows per source; traffic " + cost.rates().readsPerSecond() + " reads/s and " + cost.rates().writesPerSecond()
                + " writes/s per table.");
        totals.set("Total " + Money.usd(cost.monthlyUsd()) + "/month (storage and on-demand traffic) · one-time load: BatchWriteItem "
                + Money.usd(cost.batchWriteUsd()) + " or ImportTable " + Money.usd(cost.importUsd()) + " [" + tag + "]");
    }

    /** Money first, its units on a second line. */
    private static CostRow row(TargetCost t) {
        return new CostRow(t.table(), String.format(Locale.ROOT, "%,d%s", t.items(), t.itemsExact() ? "" : " (estimated)"),
                String.format(Locale.ROOT, "%,d / %,d / %,d B", t.p50(), t.p95(), t.max()),
                Money.usd(t.storageUsdPerMonth()) + "\n" + Money.gigabytes(t.storageGb()) + " GB",
                Money.usd(t.batchWriteUsd()) + String.format(Locale.ROOT, "\n%,d WRU", t.batchWriteUnits()),
                Money.usd(t.importUsd()) + "\n" + Money.gigabytes(t.importGb()) + " GB",
                Money.usd(t.onDemandUsdPerMonth()),
                Money.usd(t.provisionedUsdPerMonth()) + String.format(Locale.ROOT, "\n%,d WCU, %,d RCU", t.provisionedWcu(), t.provisionedRcu()));
    }
}
