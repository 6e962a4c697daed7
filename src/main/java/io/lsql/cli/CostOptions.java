package io.lsql.cli;

import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.Prices;
import io.lsql.core.run.SizeSampler;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** The cost inputs shared by {@code lsql cost} and {@code lsql report}: access rates, prices and the row sample. */
final class CostOptions {

    @Option(names = "--reads-per-sec", paramLabel = "N", defaultValue = "0", description = "Item reads per second per table.")
    double readsPerSecond;

    @Option(names = "--writes-per-sec", paramLabel = "N", defaultValue = "0", description = "Item writes per second per table.")
    double writesPerSecond;

    @Option(names = "--prices", paramLabel = "FILE", description = "A prices.json to use instead of the bundled us-east-1 prices.")
    Path prices;

    @Option(names = "--sample-rows", paramLabel = "N", defaultValue = "" + SizeSampler.DEFAULT_ROWS,
            description = "Rows per source to measure (default: ${DEFAULT-VALUE}).")
    int sampleRows;

    /** Refuses negative rates and an empty sample before anything is read. */
    void check(CommandLine command) {
        if (readsPerSecond < 0 || writesPerSecond < 0) {
            throw new ParameterException(command, "--reads-per-sec and --writes-per-sec must be zero or more");
        }
        if (sampleRows <= 0) {
            throw new ParameterException(command, "--sample-rows must be at least 1");
        }
    }

    AccessRates rates() {
        return new AccessRates(readsPerSecond, writesPerSecond);
    }

    Prices priceList() {
        return Prices.load(prices);
    }

    int sampleRows() {
        return sampleRows;
    }
}
