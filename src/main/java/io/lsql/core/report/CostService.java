package io.lsql.core.report;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.FileTrees;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Prices;
import io.lsql.core.plan.Plan;
import io.lsql.core.run.SizeSampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code lsql cost} and the report's cost section: samples real rows of every target of a plan through the
 * migration's own mapping ({@link SizeSampler}) and prices them ({@link CostEstimate}).
 */
public final class CostService {

    private final JdbcSource source;
    private final CancellationToken cancel;

    public CostService(JdbcSource source, CancellationToken cancel) {
        this.source = source;
        this.cancel = cancel;
    }

    /** Samples {@code plan} and returns the sample with its cost. */
    public Costed estimate(Plan plan, AccessRates rates, Prices prices, int rowsPerSource, ProgressListener progress) {
        Path work;
        try {
            work = Files.createTempDirectory("lsql-cost-");
        } catch (IOException e) {
            throw new LsqlException("Creating a temporary folder for the cost estimate failed: " + ErrorText.of(e) + ".", e);
        }
        try {
            SizeSampler.Sample sample = new SizeSampler(source, cancel).sample(plan, work, rowsPerSource, progress);
            return new Costed(sample, CostEstimate.of(sample.profiles(), rates, prices, rowsPerSource));
        } finally {
            FileTrees.delete(work);
        }
    }

    /** A sample of real rows and the cost computed from it. */
    public record Costed(SizeSampler.Sample sample, CostEstimate cost) {
    }
}
