package io.lsql.ui.wizard;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.Plan;
import io.lsql.core.run.DryRun;
import io.lsql.core.run.DryRunReport;
import io.lsql.core.run.TargetDryRun;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Dry run page: reads every source of the plan in the background, writes nothing, and shows exact counts and the write cost. */
public final class DryRunViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<Plan> plan;

    public final ObservableList<TargetDryRun> targets = FXCollections.observableArrayList();
    public final ObjectProperty<DryRunReport> report = new SimpleObjectProperty<>();
    private static final String HINT = "Run a dry run to see exact counts and the write cost; nothing is written.";
    public final StringProperty summary = new SimpleStringProperty(HINT);
    public final StringProperty details = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty(false);

    DryRunViewModel(AppState state, TaskRunner tasks, ObjectProperty<Plan> plan) {
        this.state = state;
        this.tasks = tasks;
        this.plan = plan;
    }

    /** Forgets the last dry run (File › New). */
    void reset() {
        targets.clear();
        report.set(null);
        summary.set(HINT);
        details.set("");
    }

    public void run() {
        JdbcSource jdbc = state.mysqlProperty().get();
        Plan current = plan.get();
        if (jdbc == null || current.targets().isEmpty()) {
            summary.set("Connect to MySQL and choose objects first.");
            return;
        }
        running.set(true);
        targets.clear();
        summary.set("Reading every row of " + current.targets().size() + " target(s)…");
        tasks.run("Dry run", (progress, cancel) -> {
            Path work = Files.createTempDirectory("lsql-dry-run");
            return new DryRun(jdbc, progress, cancel).run(current, work);
        }, result -> {
            running.set(false);
            report.set(result);
            targets.setAll(result.targets());
            String[] lines = result.text().trim().split("\n");
            summary.set(lines.length >= 2 ? lines[lines.length - 2] + " " + lines[lines.length - 1] : result.text());
            details.set(result.text());
        }, e -> {
            running.set(false);
            summary.set(Errors.sentence(e));
        });
    }
}
