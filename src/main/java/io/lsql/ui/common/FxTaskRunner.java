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
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                updateMessage("Working…");
                return work.call((message, done, total) -> {
                    updateMessage(message + (done > 0 ? " " + String.format("%,d", done) : ""));
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                }, token);
            }

            @Override
            protected void cancelled() {
                token.cancel();
            }
        };
        task.setOnSucceeded(e -> {
            tasks.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            tasks.remove(task);
            TaskRunner.logFailure(title, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> tasks.remove(task));
        tasks.add(task);
        executor.submit(task);
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
