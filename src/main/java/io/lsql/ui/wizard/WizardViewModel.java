package io.lsql.ui.wizard;

import io.lsql.core.design.DesignService;
import io.lsql.core.design.TableDesign;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.QueryTargets;
import io.lsql.core.plan.SourceColumns;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.run.UnfinishedRuns.UnfinishedRun;
import io.lsql.core.schema.Schema;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
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

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The Migrate pane: one plan that every page edits, the current page, Back and Next, and New / Open / Save plan.
 * Back never changes the plan; Next writes the page into it (Objects plans new tables in the background) and, from
 * Key design on, needs a plan the {@link PlanChecker} accepts.
 */
public final class WizardViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final Map<String, TableDesign> advice = new HashMap<>();
    /** The columns of the plan's queries by SQL, described off the FX thread when they were planned or opened. */
    private final Map<String, SourceColumns> queryColumns = new HashMap<>();

    public final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(empty());
    public final ObjectProperty<WizardPage> page = new SimpleObjectProperty<>(WizardPage.CONNECTIONS);
    public final ObservableList<String> problems = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    public final BooleanBinding canBack;
    public final BooleanBinding canNext;

    public final ConnectionsStepViewModel connections;
    public final ObjectsViewModel objects;
    public final KeysViewModel keys;
    public final AttributesViewModel attributes;
    public final LoadViewModel load;
    public final DryRunViewModel dryRun;
    public final RunViewModel run;
    public final UnfinishedRunViewModel unfinished;
    public final ReportViewModel report;

    /** {@code preferences} keeps the stage of the last run started, so the next start can offer to resume it. */
    public WizardViewModel(AppState state, TaskRunner tasks, DesignService designs, Preferences preferences) {
        this.state = state;
        this.tasks = tasks;
        connections = new ConnectionsStepViewModel(state, tasks);
        objects = new ObjectsViewModel(state, tasks, designs, plan, advice, queryColumns);
        keys = new KeysViewModel(plan, advice, this::check);
        attributes = new AttributesViewModel(state, tasks, plan);
        load = new LoadViewModel(plan);
        dryRun = new DryRunViewModel(state, tasks, plan);
        LastStage lastStage = new LastStage(preferences);
        run = new RunViewModel(state, tasks, plan, lastStage, () -> page.set(WizardPage.REPORT));
        report = new ReportViewModel(tasks, run.report);
        unfinished = new UnfinishedRunViewModel(state, tasks, lastStage, this::resume, message::set, run.running::get);
        canBack = Bindings.createBooleanBinding(() -> page.get() != WizardPage.CONNECTIONS && !busy.get() && !run.running.get(),
                page, busy, run.running);
        canNext = Bindings.createBooleanBinding(() -> page.get().ordinal() < WizardPage.RUN.ordinal() && !busy.get(), page, busy);
        page.addListener((o, old, now) -> enter(now));
        run.running.addListener((o, was, running) -> {
            if (running) {
                unfinished.offer.set(null);
            }
        });
        unfinished.look();
    }

    private static Plan empty() {
        return new Plan(Plan.VERSION, null, null, null, null, List.of());
    }

    /**
     * Every problem the checker finds in the plan: tables and views looked up in the schema in view, queries in the
     * columns the server described when they were planned or the plan opened (no I/O here).
     */
    public List<String> check() {
        Schema schema = state.schemaProperty().get();
        if (schema == null) {
            return List.of("Connect to MySQL first: the plan is checked against its schema.");
        }
        return PlanChecker.check(plan.get(), SourceColumns.in(schema, query -> queryColumns.getOrDefault(query,
                SourceColumns.missing("the query was not described; open the plan again while connected to MySQL"))));
    }

    /** "Migrate this query…": lists {@code sql} as a query into table {@code table}, ticked, on the Objects page. */
    public void addQuery(String table, String sql) {
        objects.addQuery(table, sql);
        problems.clear();
        page.set(WizardPage.OBJECTS);
        message.set("The query is on the Objects page; Next plans it with the tables you tick.");
    }

    public void back() {
        problems.clear();
        page.set(page.get().previous());
    }

    /** Writes the page into the plan and moves on, unless the page or the plan has a problem (then listed in {@link #problems}). */
    public void next() {
        problems.clear();
        WizardPage current = page.get();
        if (current == WizardPage.CONNECTIONS && !connections.ready()) {
            problems.add("Connect to MySQL and set an AWS target with a stage in the Connections pane first.");
            return;
        }
        if (current == WizardPage.OBJECTS) {
            busy.set(true);
            objects.apply(problem -> {
                busy.set(false);
                problems.add(problem);
            }, () -> {
                busy.set(false);
                page.set(current.next());
            });
            return;
        }
        if (current.checked()) {
            List<String> found = check();
            if (!found.isEmpty()) {
                problems.setAll(found);
                keys.check();
                return;
            }
        }
        page.set(current.next());
    }

    private void enter(WizardPage now) {
        switch (now) {
            case KEYS -> keys.refresh();
            case ATTRIBUTES -> attributes.refresh();
            case LOAD -> load.refresh();
            default -> { }
        }
    }

    /** Starts over with an empty plan on the Connections page: no selection, dry run or run left from the last plan. */
    public void newPlan() {
        if (run.running.get()) {
            message.set("A run is active: cancel it before starting a new plan.");
            return;
        }
        plan.set(empty());
        file.set(null);
        advice.clear();
        queryColumns.clear();
        problems.clear();
        objects.tablePrefix.set("");
        objects.filter.set("");
        objects.selectFromPlan();
        dryRun.reset();
        run.reset();
        page.set(WizardPage.CONNECTIONS);
        message.set("New plan.");
    }

    /** A new run of this plan in a fresh stage, on the Run page (the finished run keeps its stage and report). */
    public void newRun() {
        run.newRun();
        if (!run.started.get()) {
            page.set(WizardPage.RUN);
        }
    }

    /** Loads the plan an unfinished run started with and resumes it on the Run page. */
    private void resume(UnfinishedRun unfinishedRun) {
        plan.set(unfinishedRun.plan().withStage(unfinishedRun.stage()));
        file.set(null);
        advice.clear();
        objects.selectFromPlan();
        page.set(WizardPage.RUN);
        run.resume();
    }

    /** A request for a whole-database plan as this pane would make it: current source, AWS target, fresh stage, prefix. */
    public PlanBuilder.Request planRequest() {
        return objects.request(List.of());
    }

    /**
     * Takes {@code designed} (e.g. a proposal's candidate) as the plan and opens it on the Objects page; false (and the
     * plan kept) while a run is active.
     */
    public boolean adopt(Plan designed, String note) {
        if (run.running.get()) {
            message.set("A run is active: cancel it before taking another plan.");
            return false;
        }
        plan.set(designed);
        file.set(null);
        advice.clear();
        queryColumns.clear();
        problems.clear();
        objects.selectFromPlan();
        dryRun.reset();
        run.reset();
        page.set(WizardPage.OBJECTS);
        message.set(note);
        return true;
    }

    /** Reads a plan file in the background and opens it on the Objects page. */
    public void open(Path path) {
        JdbcSource jdbc = state.mysqlProperty().get();
        tasks.run("Open plan " + path.getFileName(), (progress, cancel) -> {
            Plan read = PlanFiles.read(path);
            return new Opened(read, jdbc == null ? Map.<String, SourceColumns>of() : QueryTargets.describe(jdbc, read));
        }, done -> {
            Plan opened = done.plan();
            queryColumns.putAll(done.queries());
            plan.set(opened);
            file.set(path);
            advice.clear();
            objects.selectFromPlan();
            page.set(WizardPage.OBJECTS);
            message.set("Opened " + path + ": " + opened.targets().size() + " target(s).");
        }, this::failed);
    }

    /** A plan read from a file, with its queries' columns. */
    private record Opened(Plan plan, Map<String, SourceColumns> queries) {
    }

    /** Writes the plan, byte-stable, in the background: the file {@code lsql migrate --plan} runs. */
    public void save(Path path) {
        Plan current = plan.get();
        tasks.run("Save plan " + path.getFileName(), (progress, cancel) -> {
            PlanFiles.write(current, path);
            return path;
        }, saved -> {
            file.set(saved);
            message.set("Saved " + saved + ". Run it with: lsql migrate --plan " + saved);
        }, this::failed);
    }

    private void failed(Throwable error) {
        message.set(Errors.sentence(error));
        failure.set(error);
    }
}
