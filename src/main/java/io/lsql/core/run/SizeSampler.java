package io.lsql.core.run;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.SizeProfile;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures item sizes on real rows for the cost estimate: a {@link DryRun} over the first rows of every source (the
 * export's own read, map and encode), scaled to the whole table. A source read to its end is counted exactly; one
 * with more rows than the sample is counted with {@code SELECT COUNT(*)}.
 */
public final class SizeSampler {

    /** Rows per source the estimate measures unless told otherwise. */
    public static final int DEFAULT_ROWS = 1000;

    /** The sample: per target its size profile, and the dry run it came from (rejects and duplicates seen). */
    public record Sample(List<SizeProfile> profiles, DryRunReport dryRun, int rowsPerSource) {
        public Sample {
            profiles = List.copyOf(profiles);
        }
    }

    private final JdbcSource source;
    private final CancellationToken cancel;

    public SizeSampler(JdbcSource source, CancellationToken cancel) {
        this.source = source;
        this.cancel = cancel;
    }

    /** Samples up to {@code rowsPerSource} rows of every source of {@code plan}; {@code workDir} holds the key spill. */
    public Sample sample(Plan plan, Path workDir, int rowsPerSource, ProgressListener progress) {
        DryRunReport report = new DryRun(source, progress, cancel).run(plan, workDir, rowsPerSource);
        List<SizeProfile> profiles = new ArrayList<>();
        try (Connection connection = source.openReadOnly()) {
            for (Target target : plan.targets()) {
                profiles.add(profile(connection, target, report.target(target.table()), rowsPerSource));
            }
        } catch (SQLException e) {
            throw new LsqlException("Counting the rows of the sources failed: " + ErrorText.of(e) + ".", e);
        }
        return new Sample(profiles, report, rowsPerSource);
    }

    private static SizeProfile profile(Connection connection, Target target, TargetDryRun run, int limit) throws SQLException {
        long items = 0;
        boolean exact = true;
        for (int i = 0; i < run.sources().size(); i++) {
            TargetDryRun.SourceRows rows = run.sources().get(i);
            long all = rows.rows();
            if (limit > 0 && rows.rows() >= limit) {
                all = count(connection, target.sources().get(i).migrationSource());
                exact = false;
            }
            items += rows.rows() == 0 ? 0 : Math.round(all * (double) rows.items() / rows.rows());
        }
        List<SizeProfile.IndexProfile> indexes = new ArrayList<>();
        for (int i = 0; i < target.indexes().size() && i < run.indexes().size(); i++) {
            Index index = target.indexes().get(i);
            TargetDryRun.IndexEntries entries = run.indexes().get(i);
            indexes.add(new SizeProfile.IndexProfile(index.name(), index.projection(), entries.items(), entries.projectedBytes()));
        }
        TargetDryRun.Sizes sizes = run.sizes();
        return new SizeProfile(target.table(), items, exact, run.items(), sizes.p50(), sizes.p95(), sizes.max(), sizes.total(),
                run.stagedBytes(), run.cost().tableWrites(), run.cost().indexWrites(), indexes);
    }

    private static long count(Connection connection, MigrationSource from) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + from.from())) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
