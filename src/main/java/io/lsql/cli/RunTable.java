package io.lsql.cli;

import io.lsql.core.run.RunListener;
import io.lsql.core.run.TargetState;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress of a whole-database run on stderr: on a terminal a live table, one row per target (state,
 * progress bar, rows/s, ETA, what the phase reports), redrawn four times a second with JLine; otherwise
 * plain lines, one per state change and at most one per target every five seconds.
 */
final class RunTable implements RunListener, AutoCloseable {

    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    /** The live row of one target. */
    private static final class Row {
        TargetState state = TargetState.QUEUED;
        String phase = "";
        long done;
        long total = -1;
        long phaseStart = System.nanoTime();
        /** When the phase reached its total: the rate stops there instead of falling while the next step starts. */
        long phaseEnd;
        long lastPlain;
        String detail;
    }

    private final PrintWriter err;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Terminal terminal;
    private final Display display;
    private final ScheduledExecutorService redraw;

    private RunTable(PrintWriter err, List<String> tables, Terminal terminal) {
        this.err = err;
        tables.forEach(t -> rows.put(t, new Row()));
        this.terminal = terminal;
        if (terminal != null) {
            display = new Display(terminal, false);
            display.resize(Math.max(terminal.getHeight(), tables.size() + 2), width(terminal));
            redraw = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lsql-run-table");
                t.setDaemon(true);
                return t;
            });
            redraw.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
        } else {
            display = null;
            redraw = null;
        }
    }

    /** A live table when stderr is a terminal (and {@code plain} is false), else plain lines. */
    static RunTable open(PrintWriter err, List<String> tables, boolean plain) {
        Terminal terminal = null;
        String term = System.getenv("TERM");
        if (!plain && term != null && !term.equals("dumb")) {
            try {
                terminal = TerminalBuilder.builder().system(true).systemOutput(TerminalBuilder.SystemOutput.SysErr)
                        .dumb(true).build();
                if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                    terminal.close();
                    terminal = null;
                }
            } catch (IOException | IllegalStateException e) {
                terminal = null;
            }
        }
        return new RunTable(err, tables, terminal);
    }

    @Override
    public synchronized void state(String table, TargetState state, String detail) {
        Row row = rows.computeIfAbsent(table, t -> new Row());
        row.state = state;
        row.detail = detail;
        row.done = 0;
        row.total = -1;
        row.phase = "";
        row.phaseStart = System.nanoTime();
        row.phaseEnd = 0;
        if (terminal == null) {
            err.println(table + ": " + state + (detail == null ? "" : " - " + detail));
            err.flush();
        }
    }

    @Override
    public synchronized void progress(String table, String phase, long done, long total) {
        Row row = rows.computeIfAbsent(table, t -> new Row());
        String key = phase.contains(" (") ? phase.substring(0, phase.indexOf(" (")) : phase;
        String before = row.phase.contains(" (") ? row.phase.substring(0, row.phase.indexOf(" (")) : row.phase;
        if (!key.equals(before)) {
            row.phaseStart = System.nanoTime();
            row.phaseEnd = 0;
        }
        if (total > 0 && done >= total && row.phaseEnd == 0) {
            row.phaseEnd = System.nanoTime();
        }
        row.phase = phase;
        row.done = done;
        row.total = total;
        long now = System.nanoTime();
        if (terminal == null && now - row.lastPlain >= PLAIN_INTERVAL_NANOS) {
            row.lastPlain = now;
            err.println(table + ": " + describe(row));
            err.flush();
        }
    }

    private synchronized void draw() {
        List<AttributedString> lines = new ArrayList<>();
        int width = width(terminal);
        lines.add(new AttributedString(fit(String.format(Locale.ROOT, "%-24s %-10s %-22s %s", "target", "state", "progress",
                "rows/s  ETA  phase"), width)));
        rows.forEach((table, row) -> lines.add(new AttributedString(fit(String.format(Locale.ROOT, "%-24s %-10s %-22s %s",
                table, row.state, bar(row), describe(row)), width))));
        display.update(lines, -1);
        terminal.flush();
    }

    /** The terminal's width, or 160 columns when it reports none (a pseudo-terminal without a size). */
    private static int width(Terminal terminal) {
        return terminal.getWidth() > 0 ? Math.max(60, terminal.getWidth()) : 160;
    }

    private static String fit(String line, int width) {
        return line.length() < width ? line : line.substring(0, width - 1);
    }

    private static String bar(Row row) {
        if (row.state.finished()) {
            return "[" + "#".repeat(20) + "]";
        }
        if (row.total <= 0) {
            return "[" + " ".repeat(20) + "]";
        }
        int filled = (int) Math.min(20, row.done * 20 / row.total);
        return "[" + "#".repeat(filled) + " ".repeat(20 - filled) + "]";
    }

    private static String describe(Row row) {
        if (row.detail != null) {
            return row.detail;
        }
        if (row.phase.isEmpty()) {
            return "";
        }
        double seconds = ((row.phaseEnd > 0 ? row.phaseEnd : System.nanoTime()) - row.phaseStart) / 1e9;
        double rate = seconds >= 1 ? row.done / seconds : 0;
        StringBuilder s = new StringBuilder(rate > 0 ? String.format(Locale.ROOT, "%,.0f/s", rate) : "");
        if (row.total > row.done && rate > 0) {
            s.append(String.format(Locale.ROOT, "  ETA %.0f s", (row.total - row.done) / rate));
        }
        s.append("  ").append(row.phase).append(String.format(Locale.ROOT, " %,d", row.done));
        if (row.total > 0) {
            s.append(String.format(Locale.ROOT, " / %,d", row.total));
        }
        return s.toString();
    }

    @Override
    public void close() {
        if (terminal != null) {
            redraw.shutdownNow();
            try {
                redraw.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            draw();
            try {
                terminal.writer().println();
                terminal.close();
            } catch (IOException e) {
                err.println("(the terminal could not be restored: " + e.getMessage() + ")");
            }
        }
    }
}
