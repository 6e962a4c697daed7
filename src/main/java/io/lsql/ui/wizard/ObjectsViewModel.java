package io.lsql.ui.wizard;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.TableDesign;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanTarget;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.RunStages;
import io.lsql.core.schema.Schema;
import io.lsql.ui.AppState;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The Objects page: which tables and views the plan moves. Next plans the new ones with the design advisor. */
public final class ObjectsViewModel {


    private final AppState state;
    private final TaskRunner tasks;
    private final DesignService designs;
    private final ObjectProperty<Plan> plan;
    private final Map<String, TableDesign> advice;

    public final ObservableList<ObjectRow> rows = FXCollections.observableArrayList();
    public final StringProperty filter = new SimpleStringProperty("");
    public final StringProperty tablePrefix = new SimpleStringProperty("");

    ObjectsViewModel(AppState state, TaskRunner tasks, DesignService designs, ObjectProperty<Plan> plan, Map<String, TableDesign> advice) {
        this.state = state;
        this.tasks = tasks;
        this.designs = designs;
        this.plan = plan;
        this.advice = advice;
        state.schemaProperty().addListener((o, old, schema) -> rebuild(schema));
        rebuild(state.schemaProperty().get());
    }

    private void rebuild(Schema schema) {
        List<ObjectRow> next = new ArrayList<>();
        if (schema != null) {
            schema.tables().forEach(t -> next.add(new ObjectRow(schema, t)));
        }
        rows.setAll(next);
        selectFromPlan();
    }

    /** Ticks what the plan moves (after Open or New). */
    void selectFromPlan() {
        Set<String> planned = sourceNames(plan.get().targets());
        rows.forEach(r -> r.selected.set(planned.contains(r.name())));
    }

    public boolean matches(ObjectRow row) {
        String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(text)
                || row.badges().stream().anyMatch(b -> b.toLowerCase(Locale.ROOT).contains(text));
    }

    /** Ticks or clears every row the filter shows. */
    public void selectAll(boolean selected) {
        rows.stream().filter(this::matches).forEach(r -> r.selected.set(selected));
    }

    public List<String> selectedNames() {
        return rows.stream().filter(r -> r.selected.get()).map(ObjectRow::name).toList();
    }

    /**
     * Writes the selection to the plan: targets of deselected objects go, targets already planned stay as edited, and
     * new objects are designed in the background. {@code done} runs once the plan holds the selection.
     */
    void apply(Consumer<String> problem, Runnable done) {
        List<String> chosen = selectedNames();
        if (chosen.isEmpty()) {
            problem.accept("Select at least one table or view.");
            return;
        }
        List<Target> kept = plan.get().targets().stream().filter(t -> t.sources().stream()
                .allMatch(s -> s.kind() == MigrationSource.Kind.QUERY || chosen.contains(s.name()))).toList();
        Set<String> covered = sourceNames(kept);
        List<String> added = chosen.stream().filter(n -> !covered.contains(n)).toList();
        if (added.isEmpty()) {
            plan.set(plan.get().withTargets(kept));
            done.run();
            return;
        }
        JdbcSource jdbc = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        PlanBuilder.Request request = new PlanBuilder.Request(added, false, tablePrefix.get(), stageFor(jdbc, aws),
                PlanBuilder.describe(jdbc), aws == null ? null : new PlanTarget(blank(aws.profile()), blank(aws.region()),
                blank(aws.endpointUrl())));
        tasks.run("Plan " + added.size() + " object(s)", (progress, cancel) -> designs.design(jdbc, added), design -> {
            design.designs().forEach(d -> advice.put(d.sourceName(), d));
            Plan fresh = PlanBuilder.fromDesigns(design.schema(), design.designs(), request);
            List<Target> targets = new ArrayList<>(kept);
            targets.addAll(fresh.targets());
            Plan current = plan.get();
            plan.set(current.source() == null ? fresh.withTargets(targets) : current.withTargets(targets));
            done.run();
        }, e -> problem.accept(io.lsql.ui.common.Errors.sentence(e)));
    }

    /** A fresh folder of the configured stage per plan: a new run needs an empty stage. */
    private static String stageFor(JdbcSource jdbc, AwsProfile aws) {
        return aws == null ? null : RunStages.fresh(aws.stage(), jdbc.database());
    }

    private static Set<String> sourceNames(List<Target> targets) {
        Set<String> names = new HashSet<>();
        targets.forEach(t -> t.sources().stream().filter(s -> s.kind() != MigrationSource.Kind.QUERY)
                .map(TargetSource::name).forEach(names::add));
        return names;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
