package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.plan.LoadMode;

import java.util.ArrayList;
import java.util.List;

/**
 * One target's record in the run store: its state, what each source did, the load and the timings. The
 * record is rewritten after every step, so a resumed run knows where each target stopped.
 *
 * @param tablePrepared the existing-table policy was applied (the table checked, or replaced): not again on resume
 * @param loaded        items written by the load (ImportTable's imported count, or BatchWriteItem's)
 * @param conditionalFailures writes refused by an {@code attribute_not_exists} write condition
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"table", "state", "load", "tablePrepared", "sources", "loaded", "conditionalFailures", "loadErrors",
    "retries", "throttled", "exportSeconds", "loadSeconds", "verifySeconds", "error"})
public record TargetOutcome(String table, TargetState state, LoadMode load, boolean tablePrepared, List<SourceOutcome> sources,
                            long loaded, long conditionalFailures, long loadErrors, long retries, long throttled,
                            double exportSeconds, double loadSeconds, double verifySeconds, String error) {

    public TargetOutcome {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static TargetOutcome queued(String table, LoadMode load) {
        return new TargetOutcome(table, TargetState.QUEUED, load, false, List.of(), 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    public long rows() {
        return sources.stream().mapToLong(SourceOutcome::rows).sum();
    }

    public long items() {
        return sources.stream().mapToLong(SourceOutcome::items).sum();
    }

    public long rejects() {
        return sources.stream().mapToLong(s -> s.rejects() + s.duplicateKeys()).sum();
    }

    /** Null when no source was verified; else true when every verified source matched. */
    public Boolean verified() {
        if (sources.stream().allMatch(s -> s.verified() == null)) {
            return null;
        }
        return sources.stream().allMatch(s -> s.verified() == null || s.verified());
    }

    public double seconds() {
        return exportSeconds + loadSeconds + verifySeconds;
    }

    public TargetOutcome withState(TargetState newState) {
        return new TargetOutcome(table, newState, load, tablePrepared, sources, loaded, conditionalFailures, loadErrors, retries,
                throttled, exportSeconds, loadSeconds, verifySeconds, newState == TargetState.ERROR ? error : null);
    }

    public TargetOutcome withError(String message) {
        return new TargetOutcome(table, TargetState.ERROR, load, tablePrepared, sources, loaded, conditionalFailures, loadErrors,
                retries, throttled, exportSeconds, loadSeconds, verifySeconds, message);
    }

    public TargetOutcome withTablePrepared() {
        return new TargetOutcome(table, state, load, true, sources, loaded, conditionalFailures, loadErrors, retries, throttled,
                exportSeconds, loadSeconds, verifySeconds, error);
    }

    /** With {@code outcome} in place of the source of the same id (or appended). */
    public TargetOutcome withSource(SourceOutcome outcome) {
        List<SourceOutcome> next = new ArrayList<>(sources);
        next.removeIf(s -> s.id().equals(outcome.id()));
        int at = 0;
        while (at < next.size() && at < sources.size() && !sources.get(at).id().equals(outcome.id())) {
            at++;
        }
        next.add(Math.min(at, next.size()), outcome);
        return new TargetOutcome(table, state, load, tablePrepared, next, loaded, conditionalFailures, loadErrors, retries,
                throttled, exportSeconds, loadSeconds, verifySeconds, error);
    }

    public TargetOutcome withLoad(long newLoaded, long newConditionalFailures, long newLoadErrors, long newRetries,
                                  long newThrottled) {
        return new TargetOutcome(table, state, load, tablePrepared, sources, newLoaded, newConditionalFailures, newLoadErrors,
                newRetries, newThrottled, exportSeconds, loadSeconds, verifySeconds, error);
    }

    public TargetOutcome withSeconds(double export, double loading, double verify) {
        return new TargetOutcome(table, state, load, tablePrepared, sources, loaded, conditionalFailures, loadErrors, retries,
                throttled, export, loading, verify, error);
    }
}
