package io.lsql.core.migrate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lsql.core.load.LoadResult;

/**
 * The outcome of an export, load, migrate or verify: what the CLI prints and `--json` emits.
 *
 * @param nonBooleans TINYINT(1) values other than 0 and 1 (written as {@code true})
 * @param duplicateKeys rows rejected because an earlier row has the same item key (part of {@code rejected})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(String runId, String stage, String targetTable, Long rowsRead, Long itemsWritten, Long rejected,
                         Long zeroDates, String snapshot, LoadResult load, VerifyResult verify, double seconds,
                         Long nonBooleans, Long duplicateKeys) {
}
