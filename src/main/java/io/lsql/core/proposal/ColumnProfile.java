package io.lsql.core.proposal;

/**
 * One column measured on a table's sampled rows.
 *
 * @param nullFraction          share of sampled rows where the column is NULL
 * @param distinct              distinct non-NULL values in the sample
 * @param topShare              the busiest value's share of the sampled rows (0 when every value is NULL)
 * @param equalitySelectivity   the share of rows an equality on this column returns, for a value drawn as the data is
 *                              (the sum of each value's squared share): 1/distinct for even data, near the top share
 *                              for skewed data
 */
public record ColumnProfile(String column, double nullFraction, long distinct, double topShare, double equalitySelectivity) {
}
