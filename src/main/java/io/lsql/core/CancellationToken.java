package io.lsql.core;

import java.util.concurrent.CancellationException;

/** Cooperative cancellation: core loops call {@link #throwIfCancelled()} between batches. */
public final class CancellationToken {

    private volatile boolean cancelled;
    private final CancellationToken parent;

    public CancellationToken() {
        this(null);
    }

    private CancellationToken(CancellationToken parent) {
        this.parent = parent;
    }

    /** A token cancelled on its own (one target of a run) or with this one (the whole run). */
    public CancellationToken child() {
        return new CancellationToken(this);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || parent != null && parent.isCancelled();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
