package io.lsql.ui.reports;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.AccessRates;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.report.Report;
import io.lsql.core.report.ReportFormat;
import io.lsql.core.report.ReportRequest;
import io.lsql.core.report.ReportService;
import io.lsql.core.report.ReportWriter;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.SystemDesktop;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Reports pane: which plan to report on, building the report in the background, its sections and Markdown preview,
 * and exporting it in every format the core writes. Cost inputs live in {@link #cost}, the NoSQL Workbench import in
 * {@link #model}.
 */
public final class ReportsViewModel {

    static final String BUILD_FIRST = "Build the report first.";

    private final AppState state;
    private final TaskRunner tasks;
    private final ReportService reports;
    private final PlanChoice live = new PlanChoice.Live();

    public final ObservableList<PlanChoice> choices = FXCollections.observableArrayList(live);
    public final ObjectProperty<PlanChoice> plan = new SimpleObjectProperty<>(live);
    /** A stage URI holding a run of the plan, for the run section; blank for none. */
    public final StringProperty stage = new SimpleStringProperty("");
    public final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    public final ObservableList<ReportSection> sections = FXCollections.observableArrayList();
    public final StringProperty preview = new SimpleStringProperty("");
    /** The formats that can't be exported now, with the sentence saying why; every format until a report is built. */
    public final ObservableMap<ReportFormat, String> unavailable = FXCollections.observableMap(new EnumMap<>(ReportFormat.class));
    public final StringProperty message = new SimpleStringProperty("Pick a plan and build its report.");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObjectProperty<ReportFiles> files = new SimpleObjectProperty<>();
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    public final CostViewModel cost;
    public final ModelImportViewModel model;

    public ReportsViewModel(AppState state, TaskRunner tasks, ReportService reports, ObservableValue<Plan> migratePlan) {
        this.state = state;
        this.tasks = tasks;
        this.reports = reports;
        this.cost = new CostViewModel(this::build);
        this.model = new ModelImportViewModel(tasks, files, this::chosenPlan, this::choose);
        for (ReportFormat format : ReportFormat.values()) {
            unavailable.put(format, BUILD_FIRST);
        }
        showMigratePlan(migratePlan.getValue());
        migratePlan.addListener((o, old, now) -> showMigratePlan(now));
    }

    /** Keeps one "Migrate pane's plan" entry, the plan the wizard holds now, while it has targets. */
    private void showMigratePlan(Plan now) {
        boolean selected = plan.get() instanceof PlanChoice.Migrate;
        int at = indexOf(PlanChoice.Migrate.class);
        PlanChoice next = now == null || now.targets().isEmpty() ? null : new PlanChoice.Migrate(now);
        if (at >= 0 && next != null) {
            choices.set(at, next);
        } else if (at >= 0) {
            choices.remove(at);
        } else if (next != null) {
            choices.add(1, next);
        }
        if (selected) {
            plan.set(next == null ? live : next);
        }
    }

    private int indexOf(Class<? extends PlanChoice> kind) {
        for (int i = 0; i < choices.size(); i++) {
            if (kind.isInstance(choices.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Adds {@code choice} (replacing one for the same file, or the last imported plan) and selects it. */
    void choose(PlanChoice choice) {
        choices.removeIf(c -> c.equals(choice) || (c instanceof PlanChoice.Imported && choice instanceof PlanChoice.Imported));
        choices.add(choice);
        plan.set(choice);
    }

    /** The chosen plan, read (or designed from the live schema) in a background task. */
    TaskRunner.Work<Plan> chosenPlan() {
        PlanChoice choice = plan.get();
        JdbcSource jdbc = state.mysqlProperty().get();
        return (progress, cancel) -> PlanChoices.resolve(choice, jdbc);
    }

    /** Builds the report of the chosen plan in the background: design, samples of real rows, cost, run report. */
    public void build() {
        AccessRates rates = cost.rates();
        if (rates == null || busy.get()) {
            message.set(rates == null ? cost.problem.get() : "The report is being built.");
            return;
        }
        JdbcSource jdbc = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        String stageUri = stage.get() == null || stage.get().isBlank() ? null : stage.get().trim();
        ReportRequest request = ReportRequest.live().withStage(stageUri, aws == null ? null : aws.target()).withRates(rates);
        PlanChoice choice = plan.get();
        busy.set(true);
        message.set("Building the report of " + choice.label() + "…");
        tasks.run("Build report", (progress, cancel) -> {
            JdbcSource source = PlanChoices.connected(jdbc);
            Report built = PlanChoices.withPlanFile(choice, file -> reports.build(source, request.withPlanFile(file), progress, cancel));
            return new Built(built, render(built, ReportFormat.MD), unrenderable(built));
        }, this::show, this::failed);
    }

    /** Shows a built report; {@link #report} is set last, so whoever watches it sees the sections and preview already. */
    private void show(Built built) {
        sections.setAll(ReportSections.of(built.report()));
        preview.set(built.markdown());
        unavailable.clear();
        unavailable.putAll(built.unavailable());
        cost.show(built.report().cost());
        message.set("Built the report of " + built.report().targets().size() + " DynamoDB table(s) at " + built.report().header().generatedAt() + ".");
        report.set(built.report());
        busy.set(false);
    }

    /** Writes the report in {@code format} to the file the user picks, in the background. */
    public void export(ReportFormat format) {
        Report current = report.get();
        if (current == null || unavailable.containsKey(format)) {
            message.set(current == null ? BUILD_FIRST : unavailable.get(format));
            return;
        }
        Optional<Path> target = files.get().exportTo(format, suggestedName(current, format));
        target.ifPresent(path -> tasks.run("Export " + format.id() + " report", (progress, cancel) -> {
            ReportWriter.write(current, format, path);
            return path;
        }, written -> message.set("Wrote " + written + "."), this::failed));
    }

    static String suggestedName(Report report, ReportFormat format) {
        boolean document = format == ReportFormat.HTML || format == ReportFormat.MD || format == ReportFormat.JSON;
        return report.header().database() + (document ? "-report" : "") + format.extension();
    }

    /** Lets the user pick a plan file; it is read in the background and becomes the report's plan. */
    public void openPlan() {
        files.get().openPlan().ifPresent(path -> tasks.run("Open plan " + path.getFileName(), (progress, cancel) -> PlanFiles.read(path),
                opened -> {
                    choose(new PlanChoice.File(path));
                    message.set("Opened " + path + ": " + opened.targets().size() + " target(s). Build the report to see it.");
                }, this::failed));
    }

    /** Writes the HTML report (Markdown if HTML can't be written) to a temporary file and opens the system browser on it. */
    public void openInBrowser() {
        Report current = report.get();
        if (current == null) {
            message.set(BUILD_FIRST);
            return;
        }
        ReportFormat format = unavailable.containsKey(ReportFormat.HTML) ? ReportFormat.MD : ReportFormat.HTML;
        tasks.run("Open report in browser", (progress, cancel) -> {
            Path file = Files.createTempFile("lsql-report-", format.extension());
            file.toFile().deleteOnExit();
            ReportWriter.write(current, format, file);
            new SystemDesktop().browse(file);
            return file;
        }, file -> message.set("Opened " + file + " in the system browser."), this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Errors.sentence(error));
        failure.set(error);
    }

    static String render(Report report, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportWriter.write(report, format, out);
        } catch (IOException e) {
            throw new LsqlException("Rendering the " + format.id() + " report failed: " + ErrorText.of(e) + ".", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The formats the core can't write this report in, with its sentence why. The core lists no formats it renders, so
     * each is rendered once into nothing: formats still to come and a renderer that fails on this report both show up.
     */
    private static Map<ReportFormat, String> unrenderable(Report report) {
        Map<ReportFormat, String> failed = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            try {
                ReportWriter.write(report, format, OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                failed.put(format, Errors.sentence(e));
            }
        }
        return failed;
    }

    private record Built(Report report, String markdown, Map<ReportFormat, String> unavailable) {
    }
}
