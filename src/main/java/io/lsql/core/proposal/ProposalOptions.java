package io.lsql.core.proposal;

import io.lsql.core.cost.Prices;

/**
 * How a proposal is made.
 *
 * @param sampleRows rows per table the data profile samples ({@link DataProfiler#DEFAULT_SAMPLE_ROWS})
 * @param prices     the prices costs are computed with
 */
public record ProposalOptions(int sampleRows, Prices prices) {

    public static final ProposalOptions DEFAULTS = new ProposalOptions(DataProfiler.DEFAULT_SAMPLE_ROWS, null);

    public ProposalOptions {
        if (sampleRows < 1) {
            throw new IllegalArgumentException("sample at least one row per table");
        }
        prices = prices == null ? Prices.defaults() : prices;
    }
}
