package io.lsql.core;

/** Receives progress of a long-running core operation; implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (message, done, total) -> { };

    /**
     * @param message what is happening now
     * @param done units finished so far
     * @param total expected units, or -1 when unknown
     */
    void progress(String message, long done, long total);
}
