package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DynamoRules;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.load.LoadResult;
import io.lsql.core.load.TargetTables;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The migration pipeline behind {@code lsql export|load|migrate|verify} and the GUI wizard:
 * extract -> map -> stage -> load -> verify, with a run id, a manifest and checkpoints in the stage
 * so any run can be resumed after a crash.
 */
public final class MigrationService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcSource source;
    private final AwsTarget aws;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    public MigrationService(JdbcSource source, AwsTarget aws, ProgressListener progress, CancellationToken cancel) {
        this.source = source;
        this.aws = aws;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Starts a new run: checks the stage is free, writes the manifest, exports. */
    public RunSummary export(MigrationPlan plan) throws IOException {
        long start = System.nanoTime();
        try (Stage stage = Stages.open(plan.stage(), aws)) {
            checkStage(stage);
            Prepared prepared = prepare(plan, RunIds.next());
            writeManifest(stage, prepared.manifest);
            return summary(runExport(stage, prepared), stage, null, null, start);
        }
    }

    /**
     * Loads the files of the run staged at {@code stageUri} into {@code targetTable} (null = the plan's).
     * Each target table has its own checkpoints, so one stage can be loaded into several tables.
     */
    public RunSummary load(String stageUri, String targetTable, RunOverrides overrides) throws IOException {
        long start = System.nanoTime();
        try (Stage stage = Stages.open(stageUri, aws)) {
            Manifest manifest = readManifest(stage, null);
            if (!Manifest.EXPORTED.equals(manifest.status())) {
                throw new LsqlException("The export of run " + manifest.runId() + " did not finish; resume it with: lsql migrate --resume "
                        + manifest.runId() + " --stage " + stageUri);
            }
            MigrationPlan plan = overrides.applyTo(manifest.plan());
            plan = targetTable == null ? plan : plan.withTargetTable(targetTable);
            LoadResult load = new LoadStep(aws, progress, cancel).run(stage, manifest, plan, overrides.load());
            return new RunSummary(manifest.runId(), stage.uri(), plan.targetTable(), null, load.items(), null, null, null, load,
                    null, seconds(start), null, null);
        }
    }

    /** Export, load and verify in one run. */
    public RunSummary migrate(MigrationPlan plan) throws IOException {
        long start = System.nanoTime();
        LoadMethod.parse(plan.load());
        try (Stage stage = Stages.open(plan.stage(), aws)) {
            checkStage(stage);
            Prepared prepared = prepare(plan, RunIds.next());
            writeManifest(stage, prepared.manifest);
            return finish(stage, prepared, null, start);
        }
    }

    /**
     * Finishes a run that was interrupted at any point: the remaining chunks, the remaining load, then
     * verify, with the overrides given for this invocation (kept in the manifest as the run's settings).
     * An explicit load method that conflicts with the one the load started with is refused before any work.
     */
    public RunSummary resume(String runId, String stageUri, RunOverrides overrides) throws IOException {
        long start = System.nanoTime();
        try (Stage stage = Stages.open(stageUri, aws)) {
            Manifest manifest = readManifest(stage, runId);
            MigrationPlan plan = overrides.applyTo(manifest.plan());
            LoadStep.checkExplicit(stage, plan.targetTable(), overrides.load());
            SourceDescription description = describe(plan.migrationSource());
            ItemLayout layout = Layouts.layout(description, plan);
            return finish(stage, new Prepared(manifest.withPlan(plan), description, layout), overrides.load(), start);
        }
    }

    public VerifyResult verify(MigrationPlan plan) throws IOException {
        Prepared prepared = prepare(plan, "verify");
        String table = prepared.manifest.plan().targetTable();
        try (DynamoDbClient dynamo = aws.dynamoDbForScan()) {
            if (TargetTables.describe(dynamo, table).isEmpty()) {
                throw new LsqlException("DynamoDB table " + table + " does not exist at " + aws.describe() + ".");
            }
            return new Verifier(source, dynamo, progress, cancel).verify(prepared.description.source(), prepared.layout,
                    table, Math.max(1, plan.workers()));
        }
    }

    private RunSummary finish(Stage stage, Prepared prepared, LoadMethod explicitLoad, long start) throws IOException {
        Exported exported = runExport(stage, prepared);
        Manifest manifest = exported.manifest();
        LoadResult load = new LoadStep(aws, progress, cancel).run(stage, manifest, manifest.plan(), explicitLoad);
        VerifyResult verify = manifest.plan().skipVerify() ? null : verify(prepared);
        return summary(exported, stage, load, verify, start);
    }

    private VerifyResult verify(Prepared prepared) throws IOException {
        try (DynamoDbClient dynamo = aws.dynamoDbForScan()) {
            return new Verifier(source, dynamo, progress, cancel).verify(prepared.description.source(), prepared.layout,
                    prepared.manifest.plan().targetTable(), Math.max(1, prepared.manifest.plan().workers()));
        }
    }

    private record Prepared(Manifest manifest, SourceDescription description, ItemLayout layout) {
    }

    private Prepared prepare(MigrationPlan plan, String runId) {
        SnapshotMode.of(plan.snapshot()); // refuses an unknown --snapshot before any work
        SourceDescription description = describe(plan.migrationSource());
        String target = plan.targetTable() != null ? plan.targetTable() : io.lsql.core.design.DesignNames.tableName(
                description.source().kind() == MigrationSource.Kind.QUERY ? "query" : description.source().name());
        MigrationPlan resolved = new MigrationPlan(description.source().kind().name(), description.source().name(), target,
                plan.partitionKey(), plan.sortKey(), plan.renames(), plan.drops(), plan.writeNulls(), plan.stage(), plan.load(),
                plan.workers(), plan.fileSizeMb(), plan.noGzip(), plan.rate(), plan.skipVerify(), plan.snapshot(),
                plan.compression());
        ItemLayout layout = Layouts.layout(description, resolved);
        ObjectNode createTable = Layouts.createTable(description, resolved, layout);
        DynamoRules.checkCreateTable(createTable);
        List<Chunk> chunks;
        try (Connection connection = source.openReadOnly()) {
            chunks = ChunkPlanner.plan(connection, description, resolved.workers());
        } catch (SQLException e) {
            throw new LsqlException("Planning the read of " + description.source().describe() + " failed: " + ErrorText.of(e) + ".", e);
        }
        Manifest manifest = new Manifest(runId, Instant.now().toString(), "lsql " + io.lsql.core.Version.current(),
                Manifest.EXPORTING, source.database(), source.urlWithoutSecrets(), source.user(), resolved, createTable, chunks,
                List.of(), 0, 0, 0, 0, null);
        return new Prepared(manifest, description, layout);
    }

    private SourceDescription describe(MigrationSource from) {
        if (source.database().isEmpty()) {
            throw new LsqlException("The JDBC URL names no database: use jdbc:mysql://host:port/<database>.");
        }
        try (Connection connection = source.openReadOnly()) {
            return SourceDescriber.describe(connection, source.database(), from);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + ErrorText.of(e) + ".", e);
        }
    }

    /** What an export did, and the manifest as written at its end (kept in memory, not read back). */
    private record Exported(Manifest manifest, ExportResult result) {
    }

    /** Exports the chunks left and writes the manifest of the finished export. */
    private Exported runExport(Stage stage, Prepared prepared) throws IOException {
        long expected = prepared.description.table() != null ? prepared.description.table().rowEstimate() : -1;
        ExportResult result = new Exporter(source, stage, progress, cancel).export(prepared.manifest, prepared.layout,
                prepared.description.source(), expected, !Layouts.keyIsUnique(prepared.description, prepared.manifest.plan()));
        Manifest done = prepared.manifest.exported(result.files(), result.rowsRead(), result.items(), result.rejected(),
                result.zeroDates(), result.snapshot());
        writeManifest(stage, done);
        return new Exported(done, result);
    }

    /** A new run needs an empty stage: stale files of another run must never be imported with it. */
    private static void checkStage(Stage stage) throws IOException {
        try {
            stage.checkWritable();
        } catch (SdkException e) {
            throw AwsErrors.translate("Writing to the stage " + stage.uri(), e);
        } catch (IOException e) {
            throw new LsqlException("Cannot write to the stage " + stage.uri() + ": " + ErrorText.of(e) + ".", e);
        }
        List<String> existing = stage.list("");
        if (existing.contains(Manifest.FILE)) {
            Manifest other = JSON.readValue(stage.read(Manifest.FILE), Manifest.class);
            throw new LsqlException("The stage " + stage.uri() + " holds the files of run " + other.runId()
                    + "; use an empty folder or prefix, or resume that run with --resume " + other.runId() + ".");
        }
        if (!existing.isEmpty()) {
            throw new LsqlException("The stage " + stage.uri() + " is not empty (" + existing.size() + " file(s), e.g. "
                    + existing.get(0) + "); use an empty folder or prefix so no stale file is imported.");
        }
    }

    private static Manifest readManifest(Stage stage, String runId) throws IOException {
        if (!stage.exists(Manifest.FILE)) {
            throw new LsqlException("The stage " + stage.uri() + " holds no run (no manifest.json).");
        }
        Manifest manifest = JSON.readValue(stage.read(Manifest.FILE), Manifest.class);
        if (runId != null && !runId.equals("verify") && !runId.equals(manifest.runId())) {
            throw new LsqlException("The stage " + stage.uri() + " holds run " + manifest.runId() + ", not " + runId + ".");
        }
        return manifest;
    }

    private static void writeManifest(Stage stage, Manifest manifest) throws IOException {
        stage.write(Manifest.FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }

    private static RunSummary summary(Exported exported, Stage stage, LoadResult load, VerifyResult verify, long start) {
        ExportResult export = exported.result();
        return new RunSummary(exported.manifest().runId(), stage.uri(), exported.manifest().plan().targetTable(), export.rowsRead(),
                load == null ? null : load.items(), export.rejected(), export.zeroDates(), export.snapshot(), load, verify,
                seconds(start), export.nonBooleans(), export.duplicateKeys());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
