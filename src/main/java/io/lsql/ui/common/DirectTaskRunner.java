package io.lsql.ui.common;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;

import java.util.function.Consumer;

/** Runs work on the calling thread: for ViewModel tests without a window. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(ProgressListener.NONE, new CancellationToken());
        } catch (Exception | Error e) {
            TaskRunner.logFailure(title, e);
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void cancelAll() {
    }
}
