package io.lsql.ui.common;

import io.lsql.core.CancellationToken;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Wraps core work in {@link Task}s on a daemon pool and lists them for the task area. */
public final class FxTaskRunner implements TaskRunner {

    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "lsql-task-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** The running tasks, for ControlsFX's TaskProgressView. */
    public ObservableList<Task<?>> tasks() {
        return tasks;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(new WorkTask<>(title, work, false), onSuccess, onFailure);
    }

    @Override
    public <T> void runToEnd(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(new WorkTask<>(title, work, true), onSuccess, onFailure);
    }

    private <T> void submit(WorkTask<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(e -> {
            tasks.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            tasks.remove(task);
            TaskRunner.logFailure(task.getTitle(), task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> tasks.remove(task));
        tasks.add(task);
        executor.submit(task);
    }

    /**
     * A core operation as a {@link Task}: progress goes to the task area, Cancel cancels the operation's token. A task
     * that runs to its end is not cancelled itself (no interrupt, no lost result): its work stops and returns.
     */
    private static final class WorkTask<T> extends Task<T> {
        private final CancellationToken token = new CancellationToken();
        private final Work<T> work;
        private final boolean toEnd;

        WorkTask(String title, Work<T> work, boolean toEnd) {
            this.work = work;
            this.toEnd = toEnd;
            updateTitle(title);
            updateMessage("Working…");
        }

        @Override
        protected T call() throws Exception {
            return work.call((message, done, total) -> {
                updateMessage(message + (done > 0 ? " " + String.format("%,d", done) : ""));
                if (total > 0) {
                    updateProgress(done, total);
                }
            }, token);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (!toEnd) {
                return super.cancel(mayInterruptIfRunning);
            }
            token.cancel();
            updateMessage("Cancelling after the current batch…");
            return !isDone();
        }

        @Override
        protected void cancelled() {
            token.cancel();
        }
    }

    @Override
    public void onUi(Runnable update) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            update.run();
        } else {
            javafx.application.Platform.runLater(update);
        }
    }

    @Override
    public void cancelAll() {
        for (Task<?> task : tasks.toArray(new Task<?>[0])) {
            task.cancel(true);
        }
        executor.shutdownNow();
    }
}
