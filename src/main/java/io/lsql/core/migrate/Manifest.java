package io.lsql.core.migrate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code manifest.json} at the stage root: one per run. Written when the run starts (status
 * EXPORTING, with the chunk bounds so a resumed run reads the same ranges) and when the export
 * ends (status EXPORTED, with every file, its rows and checksum). Never holds a password.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
        String runId,
        String createdAt,
        String tool,
        String status,
        String database,
        String jdbcUrl,
        String user,
        MigrationPlan plan,
        JsonNode createTable,
        List<Chunk> chunks,
        List<StagedFile> files,
        long rowsRead,
        long items,
        long rejected,
        long zeroDates,
        String snapshot) {

    public static final String FILE = "manifest.json";
    public static final String EXPORTING = "EXPORTING";
    public static final String EXPORTED = "EXPORTED";

    public Manifest {
        chunks = chunks == null ? List.of() : List.copyOf(chunks);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The same run with the plan a resumed invocation runs it with. */
    public Manifest withPlan(MigrationPlan newPlan) {
        return new Manifest(runId, createdAt, tool, status, database, jdbcUrl, user, newPlan, createTable, chunks, files,
                rowsRead, items, rejected, zeroDates, snapshot);
    }

    public Manifest exported(List<StagedFile> allFiles, long read, long written, long rejects, long zeros, String snapshotNote) {
        return new Manifest(runId, createdAt, tool, EXPORTED, database, jdbcUrl, user, plan, createTable, chunks, allFiles,
                read, written, rejects, zeros, snapshotNote);
    }
}
