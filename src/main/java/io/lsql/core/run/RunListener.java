package io.lsql.core.run;

/** Follows a whole-database run target by target (the CLI's live table, the wizard's run page). Thread-safe. */
public interface RunListener {

    RunListener NONE = new RunListener() {
        @Override
        public void state(String table, TargetState state, String detail) {
        }

        @Override
        public void progress(String table, String phase, long done, long total) {
        }
    };

    /** {@code table} moved to {@code state}; {@code detail} is the error for ERROR, else null. */
    void state(String table, TargetState state, String detail);

    /** Progress within the current state: rows exported, items loaded, items verified; {@code total} -1 when unknown. */
    void progress(String table, String phase, long done, long total);
}
