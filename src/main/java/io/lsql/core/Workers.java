package io.lsql.core;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for parallel workers; the first failure cancels the rest and surfaces as one clear error. */
public final class Workers {

    private Workers() {
    }

    public static void await(List<Future<?>> futures) throws IOException {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof LsqlException lsql) {
                throw lsql;
            }
            if (cause instanceof CancellationException cancelled) {
                throw cancelled;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw new LsqlException("A worker failed: " + cause.getClass().getSimpleName() + ": " + ErrorText.of(cause) + ".", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new CancellationException("interrupted");
        }
    }
}
