package io.lsql.core.proposal;

import io.lsql.core.mapping.SourceColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One MySQL table measured for the scoring: its row count, a bounded sample of its rows (each value as the text MySQL
 * prints, {@code null} for NULL, binary as base64, so {@link io.lsql.core.mapping.RowMapper#mapGiven} maps it as the
 * export would) and, per column, what the sample says about it.
 *
 * @param rows          rows in the table (exact when the sample read it all or it is small, else the server's estimate)
 * @param columns       the source's columns in select order, as the migration reads them
 * @param sample        at most the profiler's sample size of rows, in column order
 * @param itemBytesP50  the median item size of the table-per-table mapping on the sample
 * @param itemBytesMax  the largest item size on the sample
 */
public record TableProfile(String table, long rows, List<SourceColumn> columns, List<List<String>> sample,
                           Map<String, ColumnProfile> columnProfiles, long itemBytesP50, long itemBytesMax) {

    public TableProfile {
        columns = List.copyOf(columns);
        sample = sample.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
        columnProfiles = Map.copyOf(columnProfiles);
    }

    /** A profile whose column statistics are measured on {@code sample}. */
    public static TableProfile of(String table, long rows, List<SourceColumn> columns, List<List<String>> sample,
                                  long itemBytesP50, long itemBytesMax) {
        Map<String, ColumnProfile> profiles = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            profiles.put(columns.get(i).name().toLowerCase(Locale.ROOT), measure(columns.get(i).name(), i, sample));
        }
        return new TableProfile(table, rows, columns, sample, profiles, itemBytesP50, itemBytesMax);
    }

    private static ColumnProfile measure(String column, int index, List<List<String>> sample) {
        Map<String, Integer> counts = new HashMap<>();
        int nulls = 0;
        for (List<String> row : sample) {
            String value = index < row.size() ? row.get(index) : null;
            if (value == null) {
                nulls++;
            } else {
                counts.merge(value, 1, Integer::sum);
            }
        }
        double n = Math.max(1, sample.size());
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double selectivity = counts.values().stream().mapToDouble(c -> (c / n) * (c / n)).sum();
        return new ColumnProfile(column, nulls / n, counts.size(), top / n, selectivity);
    }

    /** The column's statistics ({@code column} without its table), case-insensitive. */
    public Optional<ColumnProfile> column(String column) {
        return Optional.ofNullable(columnProfiles.get(column.toLowerCase(Locale.ROOT)));
    }

    /** The share of rows an equality on {@code column} returns; 1 when the column is unknown. */
    public double equalitySelectivity(String column) {
        return column(column).map(c -> c.equalitySelectivity() > 0 ? c.equalitySelectivity() : 1.0 / Math.max(1, rows))
                .orElse(1.0);
    }
}
