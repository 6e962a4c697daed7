package io.lsql.core.design;

import io.lsql.core.schema.Table;

import java.util.Optional;
import java.util.OptionalLong;

/** Flags partition keys with few distinct values: each value is one partition, capped at 1,000 WCU / 3,000 RCU. */
final class HotKeys {

    static final long FEW_DISTINCT = 100;
    static final long LARGE_TABLE_ROWS = 10_000;

    private HotKeys() {
    }

    static Optional<DesignWarning> check(Table table, String column, OptionalLong distinct, boolean index, String subject) {
        if (distinct.isEmpty() || distinct.getAsLong() == 0) {
            return Optional.empty();
        }
        long values = distinct.getAsLong();
        long rows = table.rowEstimate();
        boolean repeats = rows >= 2 * values;
        if (values < FEW_DISTINCT && repeats && (index || rows >= LARGE_TABLE_ROWS)) {
            return Optional.of(new DesignWarning(Severity.WARNING, "HOT_PARTITION", subject, "Partition key " + column
                    + " has only " + values + " distinct value(s) for about " + rows + " rows: traffic concentrates on "
                    + "few partitions (1,000 WCU / 3,000 RCU each); add a shard suffix (" + column + "#0..N) or pick a "
                    + "higher-cardinality key."));
        }
        return Optional.empty();
    }
}
