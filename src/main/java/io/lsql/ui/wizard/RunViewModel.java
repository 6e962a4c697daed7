package io.lsql.ui.wizard;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import io.lsql.core.run.RunStages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Run page: runs the plan with the core {@link PlanRunner} in the background (the same run {@code lsql migrate --plan}
 * does), one row per target fed by its {@link RunListener}. Cancel all (or the task area's Cancel) stops it between
 * batches and Resume finishes it; one target can be cancelled and resumed into the same run; after a finished run a new
 * run goes into a fresh stage. The stage of each run started is remembered for the next start's resume offer.
 */
public final class RunViewModel {

    private static final String START_HINT = "Start runs every target of the plan; the rest of the app stays usable.";
    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<Plan> plan;
    private final Runnable done;
    private final LastStage lastStage;
    private final Map<String, RunRow> byTable = new LinkedHashMap<>();
    private volatile CancellationToken cancel;
    private volatile PlanRunner runner;

    public final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    /** True once a run started in this stage: the next start resumes it. */
    public final BooleanProperty started = new SimpleBooleanProperty(false);
    public final ObjectProperty<RunReport> report = new SimpleObjectProperty<>();
    public final StringProperty message = new SimpleStringProperty(START_HINT);
    /** True once this plan's run finished every target: Start then begins a new run in a fresh stage. */
    public final BooleanBinding finished = Bindings.createBooleanBinding(() -> report.get() != null
            && report.get().state().finished(), report);

    /** {@code done} runs when a run ends without being cancelled (the wizard shows the report). */
    RunViewModel(AppState state, TaskRunner tasks, ObjectProperty<Plan> plan, LastStage lastStage, Runnable done) {
        this.state = state;
        this.lastStage = lastStage;
        this.tasks = tasks;
        this.plan = plan;
        this.done = done;
        plan.addListener((o, old, now) -> {
            if (old == null || now == null || !java.util.Objects.equals(old.stage(), now.stage())) {
                started.set(false);
            }
        });
    }

    /** Starts the run; after a finished run a new one in a fresh stage; after an unfinished one, resumes it. */
    public void start() {
        if (finished.get() && !freshStage()) {
            return;
        }
        run(started.get());
    }

    /**
     * Readies a new run of the same plan in a fresh stage folder beside the last one (or under the AWS target's stage),
     * so the finished run's id, files and report stay as they were; Start then runs it.
     */
    public void newRun() {
        if (running.get()) {
            message.set("A run is active.");
            return;
        }
        freshStage();
    }

    private boolean freshStage() {
        Plan current = plan.get();
        AwsProfile aws = state.awsProperty().get();
        JdbcSource jdbc = state.mysqlProperty().get();
        String base = aws != null && aws.stage() != null && !aws.stage().isBlank() ? aws.stage() : RunStages.parent(current.stage());
        String fresh = RunStages.fresh(base, jdbc != null ? jdbc.database() : "run");
        if (fresh == null) {
            message.set("Set a stage with the AWS target first: a new run needs an empty stage.");
            return false;
        }
        plan.set(current.withStage(fresh));
        clear();
        message.set("A new run goes into " + fresh + "; Start runs every target of the plan.");
        return true;
    }

    /** Forgets the rows, report and started state (File › New). */
    void reset() {
        clear();
        started.set(false);
        message.set(START_HINT);
    }

    private void clear() {
        byTable.clear();
        rows.clear();
        report.set(null);
    }

    public void resume() {
        run(true);
    }

    private void run(boolean resume) {
        JdbcSource jdbc = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        Plan current = plan.get();
        if (jdbc == null || aws == null || running.get()) {
            message.set(running.get() ? "A run is active." : "Connect to MySQL and set an AWS target first.");
            return;
        }
        byTable.clear();
        current.targets().stream().map(Target::table).forEach(t -> byTable.put(t, new RunRow(t)));
        rows.setAll(byTable.values());
        running.set(true);
        started.set(true);
        lastStage.remember(current.stage());
        report.set(null);
        message.set((resume ? "Resuming" : "Running") + " " + current.targets().size() + " target(s) into " + current.stage() + "…");
        RunListener listener = listener();
        // the task's own token: the task area's Cancel and Cancel all stop the same run between batches
        tasks.runToEnd(resume ? "Resume migration" : "Migration", (progress, token) -> {
            PlanRunner planRunner = new PlanRunner(jdbc, aws.target(), listener, token);
            cancel = token;
            runner = planRunner;
            return planRunner.run(current, resume, false);
        }, this::ended, e -> {
            running.set(false);
            message.set(Errors.sentence(e));
        });
    }

    /** The message first, the report last: whoever watches the report finds the rest of the page already final. */
    private void ended(RunReport result) {
        running.set(false);
        boolean cancelled = result.state() == TargetState.CANCELLED;
        message.set(cancelled ? "Run " + result.runId() + " cancelled; Resume finishes it without loading a chunk twice."
                : "Run " + result.runId() + ": " + result.state() + " in " + result.seconds() + " s.");
        report.set(result);
        if (!cancelled) {
            done.run();
        }
    }

    /** Stops one target between batches while the others go on; Resume finishes it after the run. */
    public void cancelTarget(String table) {
        PlanRunner active = runner;
        if (active != null && running.get()) {
            active.cancelTarget(table);
            message.set("Cancelling " + table + " after its current batch; the other targets go on.");
        }
    }

    /** Runs a target cancelled during this run again, into the same run, while the others go on. */
    public void resumeTarget(String table) {
        PlanRunner active = runner;
        if (active != null && running.get() && active.resumeTarget(table)) {
            message.set("Resuming " + table + " from its checkpoints; the other targets go on.");
        } else {
            message.set(running.get() ? table + " is not cancelled: only a cancelled target can be resumed while the run goes on."
                    : "No run is active: Resume finishes every unfinished target.");
        }
    }

    /** Cancels every target between batches; what finished stays finished, Resume does the rest. */
    public void cancelAll() {
        CancellationToken token = cancel;
        if (token != null && running.get()) {
            token.cancel();
            message.set("Cancelling: each target stops after its current batch…");
        }
    }

    private RunListener listener() {
        return new RunListener() {
            @Override
            public void state(String table, TargetState next, String detail) {
                tasks.onUi(() -> row(table).state(next, detail));
            }

            @Override
            public void progress(String table, String phase, long done, long total) {
                long now = System.nanoTime();
                tasks.onUi(() -> row(table).progress(phase, done, total, now));
            }
        };
    }

    private RunRow row(String table) {
        return byTable.computeIfAbsent(table, t -> {
            RunRow added = new RunRow(t);
            rows.add(added);
            return added;
        });
    }
}
