package io.lsql.core.migrate;

import java.util.List;

/** What an export produced. */
public record ExportResult(String runId, long rowsRead, long items, long rejected, long zeroDates, long nonBooleans,
                           long duplicateKeys, List<StagedFile> files, double seconds, String snapshot) {

    public ExportResult {
        files = List.copyOf(files);
    }
}
