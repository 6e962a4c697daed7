package io.lsql.core.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.ImportTableLoader;
import io.lsql.core.load.LoadRequest;
import io.lsql.core.load.LoadResult;
import io.lsql.core.load.Loader;
import io.lsql.core.load.TargetTables;
import io.lsql.core.migrate.ExportResult;
import io.lsql.core.migrate.Manifest;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceRun;
import io.lsql.core.migrate.VerifyResult;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.plan.WriteCondition;
import io.lsql.core.stage.MappedStage;
import io.lsql.core.stage.S3Stage;
import io.lsql.core.stage.Stage;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one target of a plan through its states: export every source into the target's part of the stage,
 * prepare the table (the existing-table policy), load (one ImportTable over all sources' files, or
 * BatchWriteItem per source), verify each source. Each step is recorded in the run store, so a resumed
 * run skips what is done and the sources' checkpoints skip the rest.
 */
final class TargetRunner {

    private final Plan plan;
    private final JdbcSource source;
    private final AwsTarget aws;
    private final Stage stage;
    private final RunStore store;
    private final RunListener listener;
    private final CancellationToken cancel;

    TargetRunner(Plan plan, JdbcSource source, AwsTarget aws, Stage stage, RunStore store, RunListener listener,
                 CancellationToken cancel) {
        this.plan = plan;
        this.source = source;
        this.aws = aws;
        this.stage = stage;
        this.store = store;
        this.listener = listener;
        this.cancel = cancel;
    }

    static Stage sourceStage(Stage stage, String table, TargetSource source) {
        return new MappedStage(stage, PlanLayouts.dataPrefix(table) + source.id() + "/", "targets/" + table + "/sources/" + source.id() + "/");
    }

    TargetOutcome run(Target target) throws IOException {
        List<Job> jobs = jobs(target);
        long start = System.nanoTime();
        export(target, jobs);
        double exportSeconds = seconds(start) + store.get(target.table()).exportSeconds();
        LoadMode mode = target.loadOr(plan.defaults());
        if (mode == LoadMode.EXPORT_ONLY) {
            return finish(target, exportSeconds, 0, 0);
        }
        prepareTable(target);
        long loadStart = System.nanoTime();
        load(target, jobs, mode);
        double loadSeconds = seconds(loadStart);
        double verifySeconds = 0;
        if (plan.defaults().verify()) {
            long verifyStart = System.nanoTime();
            verify(target, jobs);
            verifySeconds = seconds(verifyStart);
        }
        return finish(target, exportSeconds, loadSeconds, verifySeconds);
    }

    /** A source with its layout, settings and part of the stage. */
    private record Job(TargetSource source, SourceRun run, Stage stage) {
    }

    private List<Job> jobs(Target target) {
        ObjectNode createTable = PlanLayouts.createTable(target);
        List<Job> jobs = new ArrayList<>();
        for (TargetSource s : target.sources()) {
            SourceDescription description = describe(s);
            Stage part = sourceStage(stage, target.table(), s);
            jobs.add(new Job(s, PlanLayouts.sourceRun(plan, target, s, description, createTable, part.uri()), part));
        }
        return jobs;
    }

    private SourceDescription describe(TargetSource s) {
        try (Connection connection = source.openReadOnly()) {
            return SourceDescriber.describe(connection, source.database(), s.migrationSource());
        } catch (SQLException e) {
            throw new LsqlException("Reading the columns of " + s.migrationSource().describe() + " failed: " + ErrorText.of(e) + ".", e);
        }
    }

    private void export(Target target, List<Job> jobs) throws IOException {
        state(target, TargetState.EXPORTING);
        for (Job job : jobs) {
            Manifest manifest = job.run().start(job.stage(), source, store.runId() + "-" + job.source().id());
            boolean done = Manifest.EXPORTED.equals(manifest.status()) && store.get(target.table()).sources().stream()
                    .anyMatch(s -> s.id().equals(job.source().id()));
            if (done) {
                continue;
            }
            ExportResult result = job.run().export(job.stage(), source, manifest, progress(target, "export"), cancel);
            update(target, store.get(target.table()).withSource(new SourceOutcome(job.source().id(), result.rowsRead(),
                    result.items(), result.rejected(), result.duplicateKeys(), result.zeroDates(), result.snapshot(), null, null)));
        }
    }

    /** The plan's existing-table policy, applied once per run (a resumed run finds the table it created). */
    private void prepareTable(Target target) {
        if (store.get(target.table()).tablePrepared()) {
            return;
        }
        try (DynamoDbClient dynamo = aws.dynamoDbForLoad()) {
            boolean exists = TargetTables.describe(dynamo, target.table()).isPresent();
            if (exists) {
                switch (target.ifExistsOrDefault()) {
                    case FAIL -> throw new LsqlException("The DynamoDB table " + target.table() + " already exists; set \"ifExists\" "
                            + "to append or replace for this target in the plan, or drop the table.");
                    case REPLACE -> replace(dynamo, target.table());
                    case APPEND -> {
                        if (target.loadOr(plan.defaults()) == LoadMode.IMPORT) {
                            throw new LsqlException("ImportTable creates a new table, so target " + target.table()
                                    + " cannot append to the existing one; use load batch or ifExists replace.");
                        }
                    }
                    default -> throw new IllegalStateException(target.ifExistsOrDefault().name());
                }
            }
        } catch (SdkException e) {
            throw AwsErrors.translate("Checking the DynamoDB table " + target.table(), e);
        }
        update(target, store.get(target.table()).withTablePrepared());
    }

    private static void replace(DynamoDbClient dynamo, String table) {
        dynamo.deleteTable(b -> b.tableName(table));
        dynamo.waiter().waitUntilTableNotExists(b -> b.tableName(table));
    }

    private void load(Target target, List<Job> jobs, LoadMode mode) throws IOException {
        List<LoadResult> results = new ArrayList<>();
        if (mode == LoadMode.IMPORT) {
            if (!(stage instanceof S3Stage s3)) {
                throw new LsqlException("Target " + target.table() + " loads by ImportTable, which needs an S3 stage "
                        + "(s3://bucket/prefix), not " + stage.uri() + "; use load batch for a local stage.");
            }
            state(target, TargetState.IMPORTING);
            long items = store.get(target.table()).items();
            try (DynamoDbClient dynamo = aws.dynamoDbForLoad()) {
                Loader loader = new ImportTableLoader(dynamo, progress(target, "import"), cancel, 1000);
                results.add(loader.load(new LoadRequest(s3, PlanLayouts.dataPrefix(target.table()), List.of(), PlanLayouts.createTable(target),
                        plan.defaults().compression(), items)));
            } catch (SdkException e) {
                throw AwsErrors.translate("Importing into " + target.table(), e);
            }
        } else {
            state(target, TargetState.LOADING);
            boolean keepExisting = target.writeConditionOrDefault() == WriteCondition.ATTRIBUTE_NOT_EXISTS;
            for (Job job : jobs) {
                results.add(job.run().loadBatch(job.stage(), aws, keepExisting, progress(target, "load"), cancel));
            }
        }
        long loaded = results.stream().mapToLong(LoadResult::items).sum();
        long errors = results.stream().mapToLong(LoadResult::errors).sum();
        long retries = results.stream().mapToLong(LoadResult::retries).sum();
        long throttled = results.stream().mapToLong(LoadResult::throttled).sum();
        long conditional = results.stream().mapToLong(LoadResult::conditionalFailures).sum();
        update(target, store.get(target.table()).withLoad(loaded, conditional, errors, retries, throttled));
    }

    private void verify(Target target, List<Job> jobs) throws IOException {
        state(target, TargetState.VERIFYING);
        try (DynamoDbClient dynamo = aws.dynamoDbForScan()) {
            for (Job job : jobs) {
                String entity = target.singleTable() ? job.source().entityType() : null;
                VerifyResult result = job.run().verify(source, dynamo, TargetSource.ENTITY_ATTRIBUTE, entity,
                        progress(target, "verify"), cancel);
                SourceOutcome before = store.get(target.table()).sources().stream()
                        .filter(s -> s.id().equals(job.source().id())).findFirst().orElseThrow();
                update(target, store.get(target.table()).withSource(before.withVerify(result.equal(),
                        result.equal() ? null : PlanRunner.describe(result))));
            }
        }
    }

    private TargetOutcome finish(Target target, double exportSeconds, double loadSeconds, double verifySeconds) {
        TargetOutcome outcome = store.get(target.table()).withSeconds(exportSeconds, loadSeconds, verifySeconds);
        TargetState end = Boolean.FALSE.equals(outcome.verified()) ? TargetState.DIFFERENT
                : outcome.rejects() > 0 || outcome.loadErrors() > 0 ? TargetState.REJECTS : TargetState.DONE;
        outcome = outcome.withState(end);
        store.put(outcome);
        listener.state(target.table(), end, null);
        return outcome;
    }

    private void state(Target target, TargetState state) {
        update(target, store.get(target.table()).withState(state));
        listener.state(target.table(), state, null);
    }

    private void update(Target target, TargetOutcome outcome) {
        store.put(outcome);
    }

    private ProgressListener progress(Target target, String phase) {
        return (message, done, total) -> listener.progress(target.table(), message.startsWith(phase) ? message : phase + ": " + message,
                done, total);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
