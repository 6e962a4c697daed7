package io.lsql.core.run;

/** Where a target of a whole-database run is, as AWS DMS's table statistics name it. */
public enum TargetState {
    QUEUED, EXPORTING, IMPORTING, LOADING, VERIFYING,
    /** Every row arrived and, when verified, matched. */
    DONE,
    /** Finished, but some rows could not become items (named in the sources' rejects files). */
    REJECTS,
    /** Loaded, but verify found items missing, extra or different (named in the run report). */
    DIFFERENT,
    /** Stopped by an error; the run goes on with the other targets (unless --fail-fast). */
    ERROR,
    /** Not finished because the run was cancelled or stopped at the first error (--fail-fast). */
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == REJECTS;
    }

    public boolean terminal() {
        return finished() || this == DIFFERENT || this == ERROR || this == CANCELLED;
    }

    /** The exit code of a run whose worst target is in this state (see {@link #worse}). */
    public int exitCode() {
        return switch (this) {
            case DONE -> 0;
            case REJECTS -> 4;
            case DIFFERENT -> 3;
            case CANCELLED -> 130;
            default -> 1;
        };
    }

    /** The worse of two states for the run's exit code: an error, then cancelled, then differences, then rejects. */
    public static TargetState worse(TargetState a, TargetState b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(TargetState state) {
        return switch (state) {
            case DONE -> 0;
            case REJECTS -> 1;
            case DIFFERENT -> 2;
            case CANCELLED -> 3;
            default -> 4;
        };
    }
}
