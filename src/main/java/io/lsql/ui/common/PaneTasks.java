package io.lsql.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Runs a pane's work through the app's task runner: busy while it runs, a failure as one sentence and for the dialog. */
public final class PaneTasks {

    /** Work that needs neither progress nor cancellation. */
    public interface Work<T> {
        T call() throws Exception;
    }

    private final TaskRunner tasks;
    private final BooleanProperty busy;
    private final StringProperty message;
    private final ObjectProperty<Throwable> failure;
    private final UnaryOperator<String> advice;

    public PaneTasks(TaskRunner tasks, BooleanProperty busy, StringProperty message, ObjectProperty<Throwable> failure) {
        this(tasks, busy, message, failure, UnaryOperator.identity());
    }

    /** @param advice turns a failure's sentence into the pane's message (e.g. adds what to do about it) */
    public PaneTasks(TaskRunner tasks, BooleanProperty busy, StringProperty message, ObjectProperty<Throwable> failure,
                     UnaryOperator<String> advice) {
        this.tasks = tasks;
        this.busy = busy;
        this.message = message;
        this.failure = failure;
        this.advice = advice;
    }

    public <T> void run(String title, Work<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.run(title, (progress, cancel) -> work.call(), result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            message.set(advice.apply(Errors.sentence(e)));
            failure.set(e);
        });
    }
}
