package io.lsql.cli;

import io.lsql.core.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/** Progress on stderr, at most one line per second per phase: counts, rate and ETA. */
final class ProgressPrinter implements ProgressListener {

    private final PrintWriter err;
    private String phase = "";
    private long phaseStart;
    private long lastPrint;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String message, long done, long total) {
        long now = System.nanoTime();
        // "load (3 retries, 2 throttled)" is still the load phase: rate and ETA continue
        int detail = message.indexOf(" (");
        String key = detail < 0 ? message : message.substring(0, detail);
        if (!key.equals(phase)) {
            phase = key;
            phaseStart = now;
            lastPrint = now;
            return;
        }
        if (now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s %,d", phase, done));
        if (total > 0) {
            line.append(String.format(Locale.ROOT, " / %,d", total));
        }
        line.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
        if (total > done && rate > 0) {
            line.append(String.format(Locale.ROOT, "  ETA %.0f s", (total - done) / rate));
        }
        if (detail >= 0) {
            line.append("  ").append(message.substring(detail + 1));
        }
        err.println(line);
        err.flush();
    }
}
