package io.lsql.core.migrate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.stage.StageCompression;

import java.util.List;
import java.util.Map;

/**
 * Everything a migration needs except secrets: what the GUI wizard saves and {@code lsql migrate
 * --plan FILE} reads. Unset optional fields take the design's defaults. Build one with
 * {@link #of(MigrationSource, String)} and the {@code with…} copies; the canonical constructor is
 * for Jackson.
 *
 * @param sourceKind TABLE, VIEW or QUERY
 * @param partitionKey a column, {@code name=template} or a template; {@code null} = the design's
 * @param load import, batch or auto (in JSON: the lower-case id)
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
        MigrationSource.Kind sourceKind,
        String source,
        String targetTable,
        String partitionKey,
        String sortKey,
        Map<String, String> renames,
        List<String> drops,
        boolean writeNulls,
        String stage,
        LoadMethod load,
        int workers,
        int fileSizeMb,
        boolean noGzip,
        int rate,
        boolean skipVerify,
        SnapshotMode snapshot,
        StageCompression compression) {

    public MigrationPlan {
        compression = compression != null ? compression : noGzip ? StageCompression.NONE : StageCompression.GZIP;
        noGzip = compression == StageCompression.NONE;
        renames = renames == null ? Map.of() : Map.copyOf(renames);
        drops = drops == null ? List.of() : List.copyOf(drops);
        load = load == null ? LoadMethod.AUTO : load;
        workers = workers <= 0 ? 4 : workers;
        fileSizeMb = fileSizeMb <= 0 ? 64 : fileSizeMb;
    }

    /**
     * A plan that moves {@code from} through {@code stage} with the defaults: the design's table name and
     * keys, no renames or drops, load auto, 4 workers, 64 MB gzip files, no rate cap, verify, default snapshot.
     */
    public static MigrationPlan of(MigrationSource from, String stage) {
        return new MigrationPlan(from.kind(), from.name(), null, null, null, Map.of(), List.of(), false, stage,
                LoadMethod.AUTO, 4, 64, false, 0, false, null, StageCompression.GZIP);
    }

    public MigrationSource migrationSource() {
        return new MigrationSource(sourceKind, source);
    }

    /** This plan reading {@code newSource} instead (the target table, keys and mapping stay). */
    public MigrationPlan withSource(MigrationSource newSource) {
        return new MigrationPlan(newSource.kind(), newSource.name(), targetTable, partitionKey, sortKey, renames, drops, writeNulls,
                stage, load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withStage(String newStage) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, newStage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    /** {@code null} = the default (lock when there is more than one reader). */
    public MigrationPlan withSnapshot(SnapshotMode newSnapshot) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, newSnapshot, compression);
    }

    public MigrationPlan withKeys(String newPartitionKey, String newSortKey) {
        return new MigrationPlan(sourceKind, source, targetTable, newPartitionKey, newSortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    /** How columns become attributes: renamed ({@code column -> attribute}), dropped, NULLs written or left out. */
    public MigrationPlan withMapping(Map<String, String> newRenames, List<String> newDrops, boolean newWriteNulls) {
        return new MigrationPlan(sourceKind, source, targetTable, partitionKey, sortKey, newRenames, newDrops, newWriteNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withTargetTable(String newTargetTable) {
        return new MigrationPlan(sourceKind, source, newTargetTable, partitionKey, sortKey, renames, drops, writeNulls, stage,
                load, workers, fileSizeMb, noGzip, rate, skipVerify, snapshot, compression);
    }

    public MigrationPlan withLoad(LoadMethod newLoad) {
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
