package io.lsql.testing;

import javafx.application.Platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the FX thread leaves work waiting: every 10 ms it posts a ping with
 * {@link Platform#runLater} (one at a time) and records how late the ping ran. A ping still
 * waiting when the watchdog stops counts too, so a thread blocked to the end is not missed.
 */
public final class FxThreadWatchdog implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fx-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final AtomicLong sentAt = new AtomicLong();
    private final AtomicLong slowestNanos = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private boolean stopped;

    public static FxThreadWatchdog start() {
        FxThreadWatchdog watchdog = new FxThreadWatchdog();
        watchdog.timer.scheduleAtFixedRate(watchdog::ping, 0, 10, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    private void ping() {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        long sent = System.nanoTime();
        sentAt.set(sent);
        Platform.runLater(() -> {
            slowestNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
            answered.incrementAndGet();
            waiting.set(false);
        });
    }

    /** Stops pinging; a ping still unanswered counts with the time it has waited so far. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        timer.shutdownNow();
        if (waiting.get()) {
            slowestNanos.accumulateAndGet(System.nanoTime() - sentAt.get(), Math::max);
        }
    }

    /** The longest a ping waited, in milliseconds. */
    public long slowestMillis() {
        return slowestNanos.get() / 1_000_000;
    }

    /** How many pings the FX thread answered: a measurement of zero pings measured nothing. */
    public long answered() {
        return answered.get();
    }
}
