package io.lsql.core.migrate;

import java.util.List;

/** Written to the stage when a chunk is completely exported; a resumed run skips such chunks. */
public record ChunkCheckpoint(String runId, int chunk, long rowsRead, long items, long rejected, long zeroDates,
                              List<StagedFile> files) {

    public ChunkCheckpoint {
        files = List.copyOf(files);
    }
}
