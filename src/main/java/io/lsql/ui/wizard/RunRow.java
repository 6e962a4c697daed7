package io.lsql.ui.wizard;

import io.lsql.core.run.TargetState;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;

/** One target on the Run page: its state, the progress of the current phase, rows/s and the time left. */
public final class RunRow {

    private final String table;
    private long phaseStarted = System.nanoTime();
    private String phase = "";
    public final ObjectProperty<TargetState> state = new SimpleObjectProperty<>(TargetState.QUEUED);
    /** 0…1, or -1 while the total is unknown. */
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty rate = new SimpleStringProperty("");
    public final StringProperty eta = new SimpleStringProperty("");
    public final StringProperty detail = new SimpleStringProperty("");

    RunRow(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }

    void state(TargetState next, String error) {
        state.set(next);
        detail.set(error == null ? "" : error);
        if (next.terminal()) {
            progress.set(next.finished() ? 1 : progress.get() < 0 ? 0 : progress.get());
            eta.set("");
        }
    }

    void progress(String newPhase, long done, long total, long now) {
        if (!newPhase.equals(phase)) {
            phase = newPhase;
            phaseStarted = now;
        }
        double seconds = (now - phaseStarted) / 1e9;
        double perSecond = seconds > 0.2 ? done / seconds : 0;
        progress.set(total > 0 ? Math.min(1, (double) done / total) : -1);
        rate.set(perSecond > 0 ? String.format(Locale.ROOT, "%,.0f/s", perSecond) : "");
        eta.set(total > 0 && perSecond > 0 ? String.format(Locale.ROOT, "%.0f s", (total - done) / perSecond) : "");
        detail.set(String.format(Locale.ROOT, "%s %,d%s", newPhase, done, total > 0 ? String.format(Locale.ROOT, " of %,d", total) : ""));
    }
}
