package io.lsql.cli;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sample.ScaleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.concurrent.Callable;

/** {@code lsql sample}: the sample data sets. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Sample data for app_db.",
        subcommands = SampleCommand.Load.class)
public final class SampleCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Replace the rows of the sandbox's app_db with N customers, 5 orders each and 4 lines per order "
                    + "(deterministic per seed); any other database only with --force.")
    static final class Load implements Callable<Integer> {

        @Mixin
        MySqlOptions mysql;

        @Option(names = "--scale", required = true, paramLabel = "N", description = "Number of customers.")
        long scale;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for the generated values (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--force", description = "Replace the rows even if the database is not one the lsql sandbox created.")
        boolean force;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            JdbcSource source = mysql.source();
            long start = System.nanoTime();
            source.requireWritable("Loading the sample rows");
            ScaleGenerator.Counts counts;
            try (Connection connection = source.open()) {
                if (!force) {
                    SampleDatabases.checkReplaceable(connection, source.database());
                }
                counts = ScaleGenerator.generate(connection, scale, seed, (message, done, total) -> { });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Loaded %d customers, %d orders, %d order lines, %d products in %.1f s%n", counts.customers(),
                    counts.orders(), counts.orderLines(), counts.products(), seconds);
            return 0;
        }
    }
}
