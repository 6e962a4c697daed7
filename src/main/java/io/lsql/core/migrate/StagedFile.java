package io.lsql.core.migrate;

/** A data file in the stage with its row count and the SHA-256 of its bytes. */
public record StagedFile(String name, long rows, long bytes, String sha256) {
}
