package io.lsql.core.migrate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsql.core.load.LoadResult;

/** The outcome of an export, load, migrate or verify: what the CLI prints and `--json` emits. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(String runId, String stage, String targetTable, Long rowsRead, Long itemsWritten, Long rejected,
                         Long zeroDates, String snapshot, LoadResult load, VerifyResult verify, double seconds) {
}
