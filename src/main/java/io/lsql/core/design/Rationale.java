package io.lsql.core.design;

/** Why the advisor chose {@code choice} for {@code subject} (e.g. "partition key", "GSI idx_email"). */
public record Rationale(String subject, String choice, String reason) {
}
