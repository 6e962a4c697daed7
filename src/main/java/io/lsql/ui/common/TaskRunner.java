package io.lsql.ui.common;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;

import java.util.function.Consumer;

/**
 * Runs core operations off the FX thread. Callbacks run on the FX thread (or the caller's thread in
 * tests). Every task shows in the task area with progress and Cancel.
 */
public interface TaskRunner {

    @FunctionalInterface
    interface Work<T> {
        T call(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Cancels every running task (on exit). */
    void cancelAll();
}
