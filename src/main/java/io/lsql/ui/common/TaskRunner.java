package io.lsql.ui.common;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
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

    /**
     * Like {@link #run}, for work that stops itself between batches when its token is cancelled and still has a
     * result to give (a migration run and its report): the task area's Cancel only cancels the token, and
     * {@code onSuccess} gets what the work returns once it stopped.
     */
    default <T> void runToEnd(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(title, work, onSuccess, onFailure);
    }

    /**
     * Runs {@code update} where the UI may be changed: on the FX thread in the app, at once in tests. For
     * listeners that core calls from its own worker threads (a run's per-target progress).
     */
    default void onUi(Runnable update) {
        update.run();
    }

    /** Cancels every running task (on exit). */
    void cancelAll();

    /** Every runner logs a failed task with its stack trace before the pane shows its one sentence. */
    static void logFailure(String title, Throwable error) {
        Logger log = LoggerFactory.getLogger(TaskRunner.class);
        if (error instanceof CancellationException) {
            log.info("Task '{}' cancelled", title);
        } else {
            log.error("Task '{}' failed: {}", title, Errors.sentence(error), error);
        }
    }
}
