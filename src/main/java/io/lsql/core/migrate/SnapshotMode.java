package io.lsql.core.migrate;

import io.lsql.core.LsqlException;

import java.util.Locale;

/** How an export's readers see the source at one point in time ({@code --snapshot}). */
public enum SnapshotMode {

    /** A short global read lock while the readers open their snapshots, so they share one point in time. */
    LOCK,
    /** A snapshot per reader and no lock at all: readers may see different points in time. */
    NONE;

    /** The mode a plan names; {@code null} is the default, {@link #LOCK} (used when there is more than one reader). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static SnapshotMode of(String value) {
        if (value == null || value.isBlank()) {
            return LOCK;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LsqlException("--snapshot must be none or lock, not '" + value + "'.", e);
        }
    }

    /** The lower-case name used on the command line and in plans. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
