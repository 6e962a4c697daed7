package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.load.BatchWriteLoader;
import io.lsql.core.load.ImportTableLoader;
import io.lsql.core.load.LoadCheckpoints;
import io.lsql.core.load.LoadFile;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.load.LoadRequest;
import io.lsql.core.load.LoadResult;
import io.lsql.core.load.Loader;
import io.lsql.core.load.TargetTables;
import io.lsql.core.stage.S3Stage;
import io.lsql.core.stage.Stage;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The load step of a run: loads the staged files into the plan's target table with the method that
 * table's load started with (or the one the plan asks for), and fails when it wrote less than the
 * stage holds instead of reporting a load of 0 items as done.
 */
final class LoadStep {

    private final AwsTarget aws;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    LoadStep(AwsTarget aws, ProgressListener progress, CancellationToken cancel) {
        this.aws = aws;
        this.progress = progress;
        this.cancel = cancel;
    }

    /**
     * Loads into {@code plan.targetTable()}.
     *
     * @param explicit the method given for this invocation ({@code --load}), null when none was
     */
    LoadResult run(Stage stage, Manifest manifest, MigrationPlan plan, LoadMethod explicit) throws IOException {
        return run(stage, manifest, plan, explicit, false);
    }

    /** As {@link #run(Stage, Manifest, MigrationPlan, LoadMethod)}; {@code keepExisting}: a batch load never replaces an item. */
    LoadResult run(Stage stage, Manifest manifest, MigrationPlan plan, LoadMethod explicit, boolean keepExisting) throws IOException {
        String table = plan.targetTable();
        ObjectNode createTable = manifest.createTable().deepCopy();
        createTable.put("TableName", table);
        List<LoadFile> files = manifest.files().stream().map(f -> new LoadFile(f.name(), f.rows())).toList();
        LoadRequest request = new LoadRequest(stage, "data/", files, createTable, plan.compression(), manifest.items());
        try (DynamoDbClient dynamo = aws.dynamoDbForLoad()) {
            LoadMethod method = method(stage, dynamo, plan, explicit);
            if (method == LoadMethod.IMPORT && !(stage instanceof S3Stage)) {
                throw new LsqlException("--load import needs an S3 stage (s3://bucket/prefix); use --load batch for " + stage.uri() + ".");
            }
            LoadResult result = loader(method, dynamo, plan, keepExisting).load(request);
            checkComplete(manifest, table, result);
            return result;
        } catch (SdkException e) {
            throw AwsErrors.translate("Loading into " + table, e);
        }
    }

    /** The loader of {@code method}: ImportTable, or BatchWriteItem with the plan's workers and rate cap. */
    private Loader loader(LoadMethod method, DynamoDbClient dynamo, MigrationPlan plan, boolean keepExisting) {
        return switch (method) {
            case IMPORT -> new ImportTableLoader(dynamo, progress, cancel, 1000);
            case BATCH -> new BatchWriteLoader(dynamo, plan.workers(), plan.rate(), progress, cancel).withAttributeNotExists(keepExisting);
            case AUTO -> throw new IllegalArgumentException("auto is resolved to import or batch before a loader is picked");
        };
    }

    /**
     * The method a table's load started with is kept, so a resumed load continues the same kind of load.
     * An explicit --load import|batch that differs from it is refused: the two would mix in one table
     * (ImportTable needs a table that does not exist yet; a batch load into a table being imported fails).
     */
    static Optional<LoadMethod> checkExplicit(Stage stage, String table, LoadMethod explicit) throws IOException {
        Optional<LoadMethod> started = new LoadCheckpoints(stage, table).method();
        if (started.isPresent() && explicit != null && explicit != LoadMethod.AUTO && explicit != started.get()) {
            throw new LsqlException("The load of this stage into " + table + " started with --load " + started.get()
                    + ", so it cannot continue with --load " + explicit + "; give --load " + started.get()
                    + " (or no --load), or load into another --target-table.");
        }
        return started;
    }

    /** The method of a table's load: the one it started with, else the plan's (auto resolved); the loaders remember it. */
    private static LoadMethod method(Stage stage, DynamoDbClient dynamo, MigrationPlan plan, LoadMethod explicit) throws IOException {
        Optional<LoadMethod> started = checkExplicit(stage, plan.targetTable(), explicit);
        if (started.isPresent()) {
            return started.get();
        }
        LoadMethod method = plan.load();
        if (method == LoadMethod.AUTO) {
            method = stage instanceof S3Stage && TargetTables.describe(dynamo, plan.targetTable()).isEmpty()
                    ? LoadMethod.IMPORT : LoadMethod.BATCH;
        }
        return method;
    }

    /**
     * Every staged item must be written, counted as an error or as a conditional failure, unless an earlier
     * load into this table wrote it.
     */
    private static void checkComplete(Manifest manifest, String table, LoadResult result) {
        long expected = manifest.items();
        if (result.method() == LoadMethod.IMPORT && result.items() + result.errors() != expected) {
            throw new LsqlException("ImportTable into " + table + " read " + (result.items() + result.errors())
                    + " items but run " + manifest.runId() + " staged " + expected
                    + "; the stage changed after the export, so export the run again into an empty stage.");
        }
        if (expected > 0 && result.items() == 0 && result.errors() == 0 && result.conditionalFailures() == 0
                && result.filesAlreadyLoaded() == 0) {
            throw new LsqlException("Loading run " + manifest.runId() + " into " + table + " wrote none of its " + expected
                    + " items; check that the stage still holds its data files, or export the run again.");
        }
    }
}
