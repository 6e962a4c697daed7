package io.lsql.core.rehearse;

import java.util.List;

/**
 * A rehearsal of one candidate design: every pattern run on MySQL and on the sample migrated to DynamoDB.
 *
 * @param candidateId the candidate rehearsed
 * @param database    the MySQL schema both ways read: the database itself, or the scratch copy of its samples
 * @param sampleRows  the sample cap per table
 * @param tablePrefix what the rehearsal put before every DynamoDB table name
 * @param results     one per pattern, in the patterns' order
 */
public record Rehearsal(String candidateId, String database, long sampleRows, String tablePrefix, List<RehearsalResult> results) {

    public Rehearsal {
        results = List.copyOf(results);
    }

    public long count(RehearsalResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** True when no pattern differs (patterns not rehearsed do not count against it). */
    public boolean noneDifferent() {
        return count(RehearsalResult.Outcome.DIFFERENT) == 0;
    }

    /** The summary line: {@code 4 equal, 1 different, 2 not rehearsed}. */
    public String summary() {
        return count(RehearsalResult.Outcome.EQUAL) + " equal, " + count(RehearsalResult.Outcome.DIFFERENT) + " different, "
                + count(RehearsalResult.Outcome.NOT_REHEARSED) + " not rehearsed";
    }

    /** A Markdown report: one table row per pattern, then every differing row of every differing pattern. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Rehearsal of candidate ").append(candidateId).append("\n\n");
        md.append("Sample: at most ").append(sampleRows).append(" rows per table from `").append(database)
                .append("`, migrated to tables prefixed `").append(tablePrefix).append("`. ").append(summary()).append(".\n\n");
        md.append("| pattern | operation | outcome | MySQL rows | DynamoDB items | note |\n|---|---|---|---|---|---|\n");
        for (RehearsalResult r : results) {
            String note = r.outcome() == RehearsalResult.Outcome.DIFFERENT ? r.differences().size() + " differing row(s)" : r.reason();
            md.append("| ").append(r.patternId()).append(" | ").append(r.operation() == null ? "-" : r.operation().name())
                    .append(" | ").append(r.outcome().name()).append(" | ").append(r.sqlRows()).append(" | ").append(r.items())
                    .append(" | ").append(note.replace("|", "\\|")).append(" |\n");
        }
        for (RehearsalResult r : results) {
            if (r.outcome() == RehearsalResult.Outcome.DIFFERENT) {
                md.append("\n## ").append(r.patternId()).append("\n\n`").append(r.boundSql()).append("`\n\n");
                r.differences().forEach(d -> md.append("- ").append(d.describe()).append('\n'));
            }
        }
        return md.toString();
    }
}
