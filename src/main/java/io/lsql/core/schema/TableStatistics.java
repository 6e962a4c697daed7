package io.lsql.core.schema;


import java.util.List;
import java.util.OptionalLong;

/** Measurements the advisor uses when it is connected; {@link #NONE} designs from metadata alone. */
public interface TableStatistics {

    TableStatistics NONE = new TableStatistics() {
        @Override
        public OptionalLong distinctValues(Table table, List<String> columns) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong maxRowBytes(Table table) {
            return OptionalLong.empty();
        }
    };

    /** Number of distinct values of the given columns together. */
    OptionalLong distinctValues(Table table, List<String> columns);

    /** The largest row today, in bytes of its values. */
    OptionalLong maxRowBytes(Table table);

    /** Rows of the table for which the SQL {@code condition} holds; empty when not measured. */
    default OptionalLong rowsWhere(Table table, String condition) {
        return OptionalLong.empty();
    }
}
