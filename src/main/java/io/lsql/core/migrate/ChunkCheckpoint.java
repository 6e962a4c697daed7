package io.lsql.core.migrate;

import java.util.List;

/**
 * Written to the stage when a chunk is completely exported; a resumed run skips such chunks.
 *
 * @param nonBooleans TINYINT(1) values other than 0 and 1, written as {@code true}
 */
public record ChunkCheckpoint(String runId, int chunk, long rowsRead, long items, long rejected, long zeroDates,
                              long nonBooleans, List<StagedFile> files) {

    public ChunkCheckpoint {
        files = List.copyOf(files);
    }
}
