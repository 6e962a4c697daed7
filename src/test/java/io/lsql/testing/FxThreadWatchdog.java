package io.lsql.testing;

import javafx.application.Platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the FX thread leaves work waiting: every 10 ms it posts a ping with
 * {@link Platform#runLater} (one at a time) and records how late the ping ran; while a ping waits,
 * it samples the FX thread's stack every 10 ms. A ping still waiting when the watchdog stops counts
 * too, so a thread blocked to the end is not missed.
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
    private volatile String phase = "start";
    private volatile String slowestPhase = "";
    private boolean stopped;
    private volatile boolean outsidePulse;
    private volatile StackTraceElement[] outsideStack = new StackTraceElement[0];
    private long blockedNanos;
    private String blockedPhase = "";
    private StackTraceElement[] blockedStack = new StackTraceElement[0];

    public static FxThreadWatchdog start() {
        FxThreadWatchdog watchdog = new FxThreadWatchdog();
        watchdog.timer.scheduleAtFixedRate(watchdog::ping, 0, 10, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    private void ping() {
        if (!waiting.compareAndSet(false, true)) {
            StackTraceElement[] stack = fxThreadStack();
            if (!inRenderPulse(stack)) {
                outsidePulse = true;
                outsideStack = stack;
            }
            return;
        }
        long sent = System.nanoTime();
        sentAt.set(sent);
        String during = phase;
        outsidePulse = false;
        Platform.runLater(() -> {
            record(System.nanoTime() - sent, during, outsidePulse, outsideStack);
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
            record(System.nanoTime() - sentAt.get(), phase, outsidePulse, outsideStack);
        }
    }

    private synchronized void record(long nanos, String during, boolean blocking, StackTraceElement[] stack) {
        if (nanos > slowestNanos.get()) {
            slowestNanos.set(nanos);
            slowestPhase = during;
        }
        if (blocking && nanos > blockedNanos) {
            blockedNanos = nanos;
            blockedPhase = during;
            blockedStack = stack;
        }
    }

    /** A render pulse (layout, scene sync, software rendering) is CPU work, not the blocking this watchdog looks for. */
    private static boolean inRenderPulse(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("com.sun.javafx.tk.Toolkit") && frame.getMethodName().equals("firePulse")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest a ping waited while the FX thread was seen outside a render pulse: handling events,
     * running callbacks, or blocked on I/O. Render pulses are left out because under software
     * rendering on a shared machine they take as long as the CPU lets them, which no code of ours decides.
     */
    public synchronized long blockedMillis() {
        return blockedNanos / 1_000_000;
    }

    /** What the test was doing, and where the FX thread was, during the longest such wait. */
    public synchronized String blockedAt() {
        StringBuilder text = new StringBuilder(blockedPhase);
        for (int i = 0; i < Math.min(25, blockedStack.length); i++) {
            text.append("\n    at ").append(blockedStack[i]);
        }
        return text.toString();
    }

    /** Names what the test does from now on, so a slow ping says where it happened. */
    public void phase(String name) {
        phase = name;
    }

    /** What the test was doing when the slowest ping was sent. */
    public String slowestPhase() {
        return slowestPhase;
    }

    private static StackTraceElement[] fxThreadStack() {
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            if (entry.getKey().getName().contains("JavaFX Application Thread")) {
                return entry.getValue();
            }
        }
        return new StackTraceElement[0];
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
