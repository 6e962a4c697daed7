package io.lsql.core.sample;

import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Replaces the rows of app_db with a deterministic data set of {@code customers} customers,
 * 5 orders each and 4 lines per order, using the set-based SQL of sample-schema/scale/generate.sql.
 */
public final class ScaleGenerator {

    public static final int ORDERS_PER_CUSTOMER = 5;
    public static final int LINES_PER_ORDER = 4;

    private ScaleGenerator() {
    }

    public record Counts(long customers, long orders, long orderLines, long products) {
    }

    public static Counts countsFor(long customers) {
        long orders = customers * ORDERS_PER_CUSTOMER;
        return new Counts(customers, orders, orders * LINES_PER_ORDER, Math.max(14, customers / 50));
    }

    /** Replaces app_db's rows through {@code source}; a read-only source refuses before anything is sent. */
    public static Counts generate(io.lsql.core.connect.JdbcSource source, long customers, long seed, ProgressListener progress) {
        source.requireWritable("Loading the sample rows");
        try (Connection connection = source.open()) {
            return generate(connection, customers, seed, progress);
        } catch (java.sql.SQLException e) {
            throw new io.lsql.core.LsqlException("Could not close the connection after loading the sample rows: " + e.getMessage(), e);
        }
    }

    public static Counts generate(Connection connection, long customers, long seed, ProgressListener progress) {
        if (customers < 1 || customers > 100_000_000L) {
            throw new LsqlException("--scale must be between 1 and 100000000 customers, not " + customers + ".");
        }
        Counts counts = countsFor(customers);
        int width = Math.max(4, Long.toString(Math.max(counts.orderLines(), counts.products())).length());
        String script = SampleDatabases.resource("scale/generate.sql");
        for (Map.Entry<String, Long> p : Map.of("CUSTOMERS", customers, "ORDERS", counts.orders(), "LINES",
                counts.orderLines(), "PRODUCTS", counts.products(), "SEED", Math.abs(seed), "WIDTH", (long) width).entrySet()) {
            script = script.replace("${" + p.getKey() + "}", Long.toString(p.getValue()));
        }
        List<String> statements = SqlScript.split(script);
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                progress.progress("Generating app_db data", i, statements.size());
                statement.execute(statements.get(i));
            }
        } catch (SQLException e) {
            throw new LsqlException("Generating sample data failed: " + e.getMessage()
                    + " (is the connection's database app_db with the sample schema?)", e);
        }
        progress.progress("Generated " + counts.orderLines() + " order lines", statements.size(), statements.size());
        return counts;
    }
}
