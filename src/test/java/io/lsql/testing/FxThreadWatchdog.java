package io.lsql.testing;

import javafx.application.Platform;

import java.util.List;
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
    private Thread fx;
    /** Whether the FX thread was seen blocked while the current ping waited, and where. */
    private volatile boolean sawBlocked;
    private volatile StackTraceElement[] blockedSample = new StackTraceElement[0];
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
            Thread fx = fxThread();
            StackTraceElement[] stack = fx == null ? new StackTraceElement[0] : fx.getStackTrace();
            if (fx != null && blocking(fx.getState(), stack)) {
                sawBlocked = true;
                blockedSample = stack;
            }
            return;
        }
        long sent = System.nanoTime();
        sentAt.set(sent);
        String during = phase;
        sawBlocked = false;
        Platform.runLater(() -> {
            record(System.nanoTime() - sent, during, sawBlocked, blockedSample);
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
            record(System.nanoTime() - sentAt.get(), phase, sawBlocked, blockedSample);
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

    /** Frames of file, socket, JDBC and AWS work. */
    private static final List<String> IO_FRAMES = List.of("java.io.File", "java.io.RandomAccessFile", "java.nio.file.",
            "sun.nio.", "java.net.", "sun.net.", "java.sql.", "com.mysql.", "software.amazon.");

    /**
     * Blocked means our code ({@code io.lsql}) on the FX thread doing file, socket, JDBC or AWS work,
     * or waiting on a lock or a future. Busy time (layout, rendering, event handling), the JVM loading
     * a class and JavaFX's own lazy reads (font files) are not: they show in {@link #slowestMillis} only, because on a shared
     * 2-core machine they last as long as the CPU lets them.
     */
    static boolean blocking(Thread.State state, StackTraceElement[] stack) {
        boolean ours = false;
        boolean io = false;
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith("jdk.internal.loader.")) {
                return false;
            }
            ours |= name.startsWith("io.lsql.") && !name.startsWith("io.lsql.testing.");
            io |= IO_FRAMES.stream().anyMatch(name::startsWith);
        }
        boolean waiting = state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        return ours && (io || waiting);
    }

    /**
     * The longest a ping waited while the FX thread was seen blocked in our code (see {@link #blocking}).
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

    private Thread fxThread() {
        if (fx == null) {
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().contains("JavaFX Application Thread"))
                    .findFirst().ifPresent(t -> fx = t);
        }
        return fx;
    }

    /** The longest a ping waited, in milliseconds. */
    public long slowestMillis() {
        return slowestNanos.get() / 1_000_000;
    }

    /**
     * Keeps measuring until the FX thread has answered at least {@code pings} pings (or the timeout
     * passes), so work that finished quickly still gets a measurement of the thread around it.
     */
    public void awaitAnswered(long pings, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (answered.get() < pings && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    /** How many pings the FX thread answered: a measurement of zero pings measured nothing. */
    public long answered() {
        return answered.get();
    }
}
