package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.LsqlException;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.stage.Stage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a whole-database run did, per target: kept as {@code run-report.json} and {@code run-report.md} in
 * the stage, printed by {@code lsql migrate --plan --json}, rendered in HTML by the reports.
 *
 * @param state    the worst target state, which decides the exit code
 * @param snapshot how each source's readers saw the database, one line per source that read rows in this invocation
 */
@JsonPropertyOrder({"runId", "planHash", "source", "stage", "startedAt", "finishedAt", "seconds", "state", "exitCode",
    "targets", "snapshot"})
public record RunReport(String runId, String planHash, String source, String stage, String startedAt, String finishedAt,
                        double seconds, TargetState state, int exitCode, List<Line> targets, List<String> snapshot) {

    /** One target in the report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"table", "state", "load", "rows", "items", "rejects", "loaded", "conditionalFailures", "retries",
        "throttled", "verified", "exportSeconds", "loadSeconds", "verifySeconds", "rowsPerSecond", "error", "sources"})
    public record Line(String table, TargetState state, String load, long rows, long items, long rejects, long loaded,
                       long conditionalFailures, long retries, long throttled, Boolean verified, double exportSeconds,
                       double loadSeconds, double verifySeconds, long rowsPerSecond, String error, List<SourceOutcome> sources) {

        static Line of(TargetOutcome t) {
            double seconds = t.seconds();
            return new Line(t.table(), t.state(), t.load().id(), t.rows(), t.items(), t.rejects(), t.loaded(),
                    t.conditionalFailures(), t.retries(), t.throttled(), t.verified(), round(t.exportSeconds()),
                    round(t.loadSeconds()), round(t.verifySeconds()), seconds > 0 ? Math.round(t.rows() / seconds) : 0, t.error(),
                    t.sources());
        }
    }

    public RunReport {
        targets = List.copyOf(targets);
        snapshot = List.copyOf(snapshot);
    }

    static RunReport of(Plan plan, RunStore store, String source, String stage, Instant started, Instant finished) {
        List<Line> lines = new ArrayList<>();
        List<String> snapshots = new ArrayList<>();
        TargetState worst = TargetState.DONE;
        for (TargetOutcome target : store.all()) {
            lines.add(Line.of(target));
            worst = TargetState.worse(worst, target.state().terminal() ? target.state() : TargetState.CANCELLED);
            for (SourceOutcome s : target.sources()) {
                if (s.snapshot() != null) {
                    snapshots.add(target.table() + "/" + s.id() + ": " + s.snapshot());
                }
            }
        }
        return new RunReport(store.runId(), store.planHash(), source, stage, started.toString(), finished.toString(),
                round(Duration.between(started, finished).toMillis() / 1000.0), worst, worst.exitCode(), lines, snapshots);
    }

    /**
     * The report of the run kept in {@code stage}, finished or not, against the plan it started with. The stage keeps
     * when the run started but not when it ended: both times are the start, and the per-target durations are exact.
     */
    public static RunReport read(Stage stage) throws IOException {
        if (!stage.exists(RunStore.FILE)) {
            throw new LsqlException("The stage " + stage.uri() + " holds no whole-database run (no " + RunStore.FILE + ").");
        }
        Plan plan = PlanFiles.parse(stage.read(RunStore.PLAN_FILE), stage.uri() + "/" + RunStore.PLAN_FILE);
        RunStore store = RunStore.open(stage, plan);
        Instant started = Instant.parse(store.createdAt());
        String source = plan.source() == null ? null : plan.source().jdbcUrl() != null ? plan.source().jdbcUrl() : plan.source().profile();
        return of(plan, store, source, stage.uri(), started, started);
    }

    /** The report as Markdown: a summary line, one table row per target, then each source and each error. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Migration run ").append(runId).append("\n\n");
        md.append("- Source: ").append(source).append("\n");
        md.append("- Stage: ").append(stage).append("\n");
        md.append("- Plan SHA-256: `").append(planHash).append("`\n");
        md.append("- Started ").append(startedAt).append(", finished ").append(finishedAt)
                .append(String.format(Locale.ROOT, " (%.1f s)", seconds)).append("\n");
        md.append("- Result: **").append(state).append("** (exit code ").append(exitCode).append(")\n\n");
        md.append("| Target | State | Load | Rows | Items | Rejects | Loaded | Cond. failures | Retries | Verified | Export s | Load s | Verify s | Rows/s |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (Line t : targets) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %,d | %,d | %,d | %,d | %s | %.1f | %.1f | %.1f | %,d |%n",
                    t.table(), t.state(), t.load(), t.rows(), t.items(), t.rejects(), t.loaded(), t.conditionalFailures(),
                    t.retries(), t.verified() == null ? "–" : t.verified() ? "equal" : "different", t.exportSeconds(),
                    t.loadSeconds(), t.verifySeconds(), t.rowsPerSecond()));
        }
        md.append("\n## Sources\n\n");
        for (Line t : targets) {
            for (SourceOutcome s : t.sources()) {
                md.append(String.format(Locale.ROOT, "- %s / %s: %,d rows, %,d items, %,d rejects, %,d duplicate keys%s%n",
                        t.table(), s.id(), s.rows(), s.items(), s.rejects(), s.duplicateKeys(),
                        s.verifyNote() == null ? "" : "; verify: " + s.verifyNote()));
            }
        }
        List<Line> failed = targets.stream().filter(t -> t.error() != null).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Errors\n\n");
            failed.forEach(t -> md.append("- ").append(t.table()).append(": ").append(t.error()).append("\n"));
        }
        if (!snapshot.isEmpty()) {
            md.append("\n## Snapshots\n\n");
            snapshot.forEach(s -> md.append("- ").append(s).append("\n"));
        }
        return md.toString();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
