package io.lsql.core.run;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.Workers;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceReader;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code lsql migrate --plan … --dry-run}: reads every row of every source of a plan through the same
 * {@link SourceReader} the export uses and writes nothing to DynamoDB or the stage. Per target it counts rows,
 * items and rejects by reason, finds every duplicate target key across the target's sources (spilled to disk
 * in {@code workDir}, never the whole key set in memory), and sums item sizes, staged bytes and the write cost.
 * The sources of one target are read on one connection, in one consistent snapshot; targets run in parallel up to
 * the plan's {@code parallelTargets}.
 */
public final class DryRun {

    private static final int PROGRESS_EVERY = 4096;

    private final JdbcSource source;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    public DryRun(JdbcSource source, ProgressListener progress, CancellationToken cancel) {
        this.source = source;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Dry-runs every target of {@code plan}, {@code parallelTargets} at a time, and reports them in plan order. A
     * target that cannot be read (a template naming a missing column, a failing query) is reported with its error,
     * and the others still run. {@code workDir} holds each running target's key spill.
     */
    public DryRunReport run(Plan plan, Path workDir) {
        return run(plan, workDir, 0);
    }

    /**
     * The same over only the first {@code rowsPerSource} rows of each source (all when 0): what the cost estimate
     * and the report measure sizes on.
     */
    public DryRunReport run(Plan plan, Path workDir, int rowsPerSource) {
        if (source.database().isEmpty()) {
            throw new LsqlException("The JDBC URL names no database: use jdbc:mysql://host:port/<database>.");
        }
        int parallel = Math.max(1, Math.min(plan.defaults().parallelTargets(), plan.targets().size()));
        ExecutorService pool = Executors.newFixedThreadPool(parallel, DryRun::daemon);
        try {
            List<Future<TargetDryRun>> futures = new ArrayList<>();
            for (Target target : plan.targets()) {
                futures.add(pool.submit(() -> dryRun(target, workDir, rowsPerSource)));
            }
            Workers.await(new ArrayList<>(futures));
            List<TargetDryRun> targets = new ArrayList<>();
            for (Future<TargetDryRun> future : futures) {
                targets.add(future.get());
            }
            return new DryRunReport(targets);
        } catch (IOException e) {
            throw new LsqlException("The dry run failed: " + ErrorText.of(e) + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("a finished dry run has no result", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetDryRun dryRun(Target target, Path workDir, int limit) {
        cancel.throwIfCancelled();
        try (DryRunTally tally = new DryRunTally(target, workDir); Connection connection = SourceReader.openSnapshot(source)) {
            for (TargetSource from : target.sources()) {
                read(connection, target, from, tally, limit);
            }
            return tally.result();
        } catch (LsqlException e) {
            return TargetDryRun.failed(target.table(), e.getMessage());
        } catch (IOException e) {
            throw new LsqlException("The dry run of " + target.table() + " could not keep its key list in " + workDir + ": "
                    + ErrorText.of(e) + ".", e);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + ErrorText.of(e) + ".", e);
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = Executors.defaultThreadFactory().newThread(work);
        thread.setName("lsql-dry-run-" + thread.getId());
        thread.setDaemon(true);
        return thread;
    }

    private void read(Connection connection, Target target, TargetSource from, DryRunTally tally, int limit) throws IOException {
        SourceDescription description = SourceDescriber.describe(connection, source.database(), from.migrationSource());
        ItemLayout layout = PlanLayouts.layout(description, target, from);
        SourceReader reader = new SourceReader(description.source(), layout);
        String message = "dry run: " + target.table() + " from " + from.id();
        long[] rows = new long[1];
        tally.startSource(from.id());
        try {
            reader.read(connection, null, limit, row -> {
                tally.count(row);
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(message, rows[0], -1);
                }
            });
        } catch (SQLException e) {
            throw new LsqlException("Reading " + description.source().describe() + " for the dry run of " + target.table()
                    + " failed: " + ErrorText.of(e) + ".", e);
        }
        tally.finishSource(from.id(), description.source().describe());
        progress.progress(message, rows[0], rows[0]);
    }
}
