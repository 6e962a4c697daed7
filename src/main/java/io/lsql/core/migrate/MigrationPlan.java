package io.lsql.core.migrate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsql.core.stage.StageCompression;

import java.util.List;
import java.util.Map;

/**
 * Everything a migration needs except secrets: what the GUI wizard saves and {@code lsql migrate
 * --plan FILE} reads. Unset optional fields take the design's defaults.
 *
 * @param sourceKind TABLE, VIEW or QUERY
 * @param partitionKey a column, {@code name=template} or a template; {@code null} = the design's
 * @param load import, batch or auto
 * @param rate items per second cap for batch loads, 0 = none
 * @param skipVerify true to end the migration after the load (run {@code lsql verify} later)
 * @param snapshot how the readers see one point in time: {@code lock} (a short global read lock opens
 *                 one snapshot shared by all readers), {@code none} (a snapshot per reader, no lock);
 *                 {@code null} = lock when there is more than one reader
 * @param noGzip true when the staged files are not compressed; kept beside {@code compression} so the
 *               manifests of runs staged before zstd still resume as they were written
 * @param compression how the staged files are compressed; {@code null} = gzip, or none with {@code noGzip}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationPlan(
        String sourceKind,
        String source,
        String targetTable,
        String partitionKey,
        String sortKey,
        Map<String, String> renames,
        List<String> drops,
        boolean writeNulls,
        String stage,
        String load,
        int workers,
        int fileSizeMb,
        boolean noGzip,
        int rate,
        boolean skipVerify,
        String snapshot,
        StageCompression compression) {

    public MigrationPlan {
        compression = compression != null ? compression : noGzip ? StageCompression.NONE : StageCompression.GZIP;
        noGzip = compression == StageCompression.NONE;
        renames = renames == null ? Map.of() : Map.copyOf(renames);
        drops = drops == null ? List.of() : List.copyOf(drops);
        load = load == null ? "auto" : load;
        workers = workers <= 0 ? 4 : workers;
        fileSizeMb = fileSizeMb <= 0 ? 64 : fileSizeMb;
    }

    /** A plan whose staged files are gzip, or uncompressed with {@code noGzip}. */
    public MigrationPlan(String sourceKind, String source, String targetTable, String partitionKey, String sortKey,
                         Map<String, String> renames, List<String> drops, boolean writeNulls, String stage, String load, int workers,
                         int fileSizeMb, boolean noGzip, int rate, boolean skipVerify, String snapshot) {
        this(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage, load, workers, fileSizeMb,
                noGzip, rate, skipVerify, snapshot, null);
    }

    public MigrationSource migrationSource() {
        return new MigrationSource(MigrationSource.Kind.valueOf(sourceKind), source);
    }

    public MigrationPlan withStage(String newStage) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, newStage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withSnapshot(String newSnapshot) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, newSnapshot, compression);
    }

    public MigrationPlan withKeys(String newPartitionKey, String newSortKey) {
        return new MigrationPlan(sourceKind, source, targetTable, newPartitionKey, newSortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withTargetTable(String newTargetTable) {
        return new MigrationPlan(sourceKind, source, newTargetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withLoad(String newLoad) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                newLoad, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withWorkers(int newWorkers) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, newWorkers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withRate(int newRate) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, newRate, skipVerify, snapshot, compression);
    }

    /** How the stage's files are written: their uncompressed size and their compression. */
    public MigrationPlan withFiles(int newFileSizeMb, StageCompression newCompression) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, newFileSizeMb, newCompression == StageCompression.NONE, rate, skipVerify, snapshot, newCompression);
    }

    public MigrationPlan withSkipVerify(boolean newSkipVerify) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, newSkipVerify, snapshot, compression);
    }
}
