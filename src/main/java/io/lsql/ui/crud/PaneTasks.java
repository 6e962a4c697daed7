package io.lsql.ui.crud;

import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/** Runs a pane's work through the app's task runner: busy while it runs, a failure as one sentence and for the dialog. */
final class PaneTasks {

    /** Work that needs neither progress nor cancellation: one request on each side. */
    interface Work<T> {
        T call() throws Exception;
    }

    private final TaskRunner tasks;
    private final BooleanProperty busy;
    private final StringProperty message;
    private final ObjectProperty<Throwable> failure;

    PaneTasks(TaskRunner tasks, BooleanProperty busy, StringProperty message, ObjectProperty<Throwable> failure) {
        this.tasks = tasks;
        this.busy = busy;
        this.message = message;
        this.failure = failure;
    }

    <T> void run(String title, Work<T> work, Consumer<T> done) {
        busy.set(true);
        tasks.run(title, (progress, cancel) -> work.call(), result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            String sentence = Errors.sentence(e);
            message.set(sentence.contains("does not exist") ? sentence + " Create it in the browser or run the wizard first." : sentence);
            failure.set(e);
        });
    }
}
