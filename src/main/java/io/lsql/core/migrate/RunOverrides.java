package io.lsql.core.migrate;

import io.lsql.core.LsqlException;
import io.lsql.core.load.LoadMethod;

/**
 * How one invocation wants a planned run loaded and checked, over the plan's own settings:
 * {@code lsql load}, {@code lsql migrate --resume} and {@code --plan} take these from the command
 * line. A null field keeps the plan's value.
 *
 * @param load the load method given explicitly; it wins over the plan's and, for a table whose load
 *             has not started, over nothing else (see {@link LoadStep#checkExplicit})
 * @param workers parallel writers (and readers of the chunks left to export)
 * @param rate items per second cap for batch loads, 0 = none
 * @param skipVerify true to end after the load
 */
public record RunOverrides(LoadMethod load, Integer workers, Integer rate, Boolean skipVerify) {

    public static final RunOverrides NONE = new RunOverrides(null, null, null, null);

    public RunOverrides {
        if (workers != null && workers < 1) {
            throw new LsqlException("--workers must be at least 1, not " + workers + ".");
        }
        if (rate != null && rate < 0) {
            throw new LsqlException("--rate must not be negative (0 = no cap), not " + rate + ".");
        }
    }

    public MigrationPlan applyTo(MigrationPlan plan) {
        MigrationPlan result = plan;
        if (load != null) {
            result = result.withLoad(load);
        }
        if (workers != null) {
            result = result.withWorkers(workers);
        }
        if (rate != null) {
            result = result.withRate(rate);
        }
        if (skipVerify != null) {
            result = result.withSkipVerify(skipVerify);
        }
        return result;
    }
}
