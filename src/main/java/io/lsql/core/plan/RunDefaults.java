package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.migrate.SnapshotMode;
import io.lsql.core.stage.StageCompression;

/**
 * Settings every target takes unless it names its own.
 *
 * @param workers           readers per source and writers per batch load
 * @param parallelTargets   targets that run at the same time
 * @param load              how items reach DynamoDB
 * @param rate              items per second cap per batch load, 0 = none
 * @param fileSizeMb        uncompressed size of a staged data file
 * @param compression       how staged files are compressed: gzip, zstd or none (ImportTable reads all three)
 * @param snapshot          how the readers of a source share one point in time
 * @param verify            compare every source with its items after the load
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"workers", "parallelTargets", "load", "rate", "fileSizeMb", "compression", "snapshot", "verify"})
public record RunDefaults(int workers, int parallelTargets, LoadMode load, int rate, int fileSizeMb, StageCompression compression,
                          SnapshotMode snapshot, boolean verify) {

    public static final RunDefaults STANDARD = new RunDefaults(4, 2, LoadMode.BATCH, 0, 64, StageCompression.GZIP, SnapshotMode.LOCK,
            true);

    public RunDefaults {
        workers = workers <= 0 ? 4 : workers;
        parallelTargets = parallelTargets <= 0 ? 2 : parallelTargets;
        load = load == null ? LoadMode.BATCH : load;
        rate = Math.max(0, rate);
        fileSizeMb = fileSizeMb <= 0 ? 64 : fileSizeMb;
        snapshot = snapshot == null ? SnapshotMode.LOCK : snapshot;
        compression = compression == null ? StageCompression.GZIP : compression;
    }

    public RunDefaults withWorkers(int newWorkers) {
        return new RunDefaults(newWorkers, parallelTargets, load, rate, fileSizeMb, compression, snapshot, verify);
    }

    public RunDefaults withParallelTargets(int newParallelTargets) {
        return new RunDefaults(workers, newParallelTargets, load, rate, fileSizeMb, compression, snapshot, verify);
    }

    public RunDefaults withLoad(LoadMode newLoad) {
        return new RunDefaults(workers, parallelTargets, newLoad, rate, fileSizeMb, compression, snapshot, verify);
    }

    public RunDefaults withRate(int newRate) {
        return new RunDefaults(workers, parallelTargets, load, newRate, fileSizeMb, compression, snapshot, verify);
    }

    public RunDefaults withFiles(int newFileSizeMb, StageCompression newCompression) {
        return new RunDefaults(workers, parallelTargets, load, rate, newFileSizeMb, newCompression, snapshot, verify);
    }

    public RunDefaults withSnapshot(SnapshotMode newSnapshot) {
        return new RunDefaults(workers, parallelTargets, load, rate, fileSizeMb, compression, newSnapshot, verify);
    }

    public RunDefaults withVerify(boolean newVerify) {
        return new RunDefaults(workers, parallelTargets, load, rate, fileSizeMb, compression, snapshot, newVerify);
    }
}
