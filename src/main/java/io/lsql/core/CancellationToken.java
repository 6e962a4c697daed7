package io.lsql.core;

import java.util.concurrent.CancellationException;

/** Cooperative cancellation: core loops call {@link #throwIfCancelled()} between batches. */
public final class CancellationToken {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
