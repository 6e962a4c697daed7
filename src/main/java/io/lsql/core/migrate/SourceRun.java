package io.lsql.core.migrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.load.LoadResult;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.stage.Stage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * One source of a whole-database run, in its own part of the stage: its manifest (written once, so a
 * resumed run reads the same chunks), its export, its batch load and its verify. The plan runner
 * decides the layout and the table; this class only moves the rows.
 *
 * @param settings    the source's run settings as a single-source plan (kept in its manifest)
 * @param createTable the target table's CreateTable input
 * @param checkKeys   true when two rows may share an item key (views, queries, templates)
 */
public record SourceRun(MigrationPlan settings, SourceDescription description, ItemLayout layout, ObjectNode createTable,
                        boolean checkKeys) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest in {@code stage}, or a new one (with the chunk bounds) written there. */
    public Manifest start(Stage stage, JdbcSource source, String runId) throws IOException {
        if (stage.exists(Manifest.FILE)) {
            return JSON.readValue(stage.read(Manifest.FILE), Manifest.class);
        }
        List<Chunk> chunks;
        try (Connection connection = source.openReadOnly()) {
            chunks = ChunkPlanner.plan(connection, description, settings.workers());
        } catch (SQLException e) {
            throw new LsqlException("Planning the read of " + description.source().describe() + " failed: " + ErrorText.of(e) + ".", e);
        }
        Manifest manifest = new Manifest(runId, Instant.now().toString(), "lsql " + io.lsql.core.Version.current(),
                Manifest.EXPORTING, source.database(), source.urlWithoutSecrets(), source.user(), settings, createTable, chunks,
                List.of(), 0, 0, 0, 0, null);
        write(stage, manifest);
        return manifest;
    }

    /** Exports what is left of the manifest's chunks and returns the finished manifest and what the export did. */
    public ExportResult export(Stage stage, JdbcSource source, Manifest manifest, ProgressListener progress,
                               CancellationToken cancel) throws IOException {
        long expected = description.table() != null ? description.table().rowEstimate() : -1;
        ExportResult result = new Exporter(source, stage, progress, cancel).export(manifest, layout, description.source(),
                expected, checkKeys);
        write(stage, manifest.exported(result.files(), result.rowsRead(), result.items(), result.rejected(), result.zeroDates(),
                result.snapshot()));
        return result;
    }

    /**
     * Loads the exported files by BatchWriteItem into the table (created from {@link #createTable} when missing);
     * with {@code keepExisting}, by conditional PutItem that never replaces an item (refusals are counted).
     */
    public LoadResult loadBatch(Stage stage, AwsTarget aws, boolean keepExisting, ProgressListener progress,
                                CancellationToken cancel) throws IOException {
        Manifest manifest = JSON.readValue(stage.read(Manifest.FILE), Manifest.class);
        return new LoadStep(aws, progress, cancel).run(stage, manifest, settings.withLoad(LoadMethod.BATCH), LoadMethod.BATCH,
                keepExisting);
    }

    /**
     * Compares the source with its items in {@code table}; in a single-table target only the items whose
     * {@code entityAttribute} is {@code entityType} are this source's.
     */
    public VerifyResult verify(JdbcSource source, DynamoDbClient dynamo, String entityAttribute, String entityType,
                               ProgressListener progress, CancellationToken cancel) throws IOException {
        Verifier verifier = new Verifier(source, dynamo, progress, cancel);
        if (entityType != null) {
            verifier = verifier.onlyItemsWith(entityAttribute, entityType);
        }
        return verifier.verify(description.source(), layout, settings.targetTable(), Math.max(1, settings.workers()));
    }

    private static void write(Stage stage, Manifest manifest) throws IOException {
        stage.write(Manifest.FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
    }
}
