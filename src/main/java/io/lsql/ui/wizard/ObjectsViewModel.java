package io.lsql.ui.wizard;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.TableDesign;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanTarget;
import io.lsql.core.plan.QueryTargets;
import io.lsql.core.plan.SourceColumns;
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
import java.util.stream.Collectors;

/** The Objects page: which tables, views and queries the plan moves. Next plans the new ones with the design advisor. */
public final class ObjectsViewModel {


    private final AppState state;
    private final TaskRunner tasks;
    private final DesignService designs;
    private final ObjectProperty<Plan> plan;
    private final Map<String, TableDesign> advice;
    private final Map<String, SourceColumns> queryColumns;

    public final ObservableList<ObjectRow> rows = FXCollections.observableArrayList();
    /** Queries the plan moves or may move, each into its own table. */
    public final ObservableList<QueryRow> queries = FXCollections.observableArrayList();
    public final StringProperty filter = new SimpleStringProperty("");
    public final StringProperty tablePrefix = new SimpleStringProperty("");

    ObjectsViewModel(AppState state, TaskRunner tasks, DesignService designs, ObjectProperty<Plan> plan, Map<String, TableDesign> advice,
                     Map<String, SourceColumns> queryColumns) {
        this.state = state;
        this.queryColumns = queryColumns;
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
        tickPlannedTables();
    }

    /** Ticks what the plan moves and lists its queries (after Open, New or Resume). */
    void selectFromPlan() {
        tickPlannedTables();
        queries.setAll(plan.get().targets().stream().flatMap(t -> t.sources().stream()
                .filter(s -> s.kind() == MigrationSource.Kind.QUERY).map(s -> new QueryRow(t.table(), s.name()))).toList());
    }

    private void tickPlannedTables() {
        Set<String> planned = sourceNames(plan.get().targets());
        rows.forEach(r -> r.selected.set(planned.contains(r.name())));
    }

    /** Adds {@code sql} as a query to move into table {@code table} (prefixed at Next), ticked; a query listed already is ticked. */
    public void addQuery(String table, String sql) {
        String query = sql.strip().replaceAll(";+$", "").strip();
        QueryRow listed = queries.stream().filter(q -> q.sql().equals(query)).findFirst().orElse(null);
        if (listed != null) {
            listed.selected.set(true);
        } else {
            queries.add(new QueryRow(table, query));
        }
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
        List<QueryRow> chosenQueries = queries.stream().filter(q -> q.selected.get()).toList();
        Set<String> chosenSql = chosenQueries.stream().map(QueryRow::sql).collect(Collectors.toSet());
        if (chosen.isEmpty() && chosenQueries.isEmpty()) {
            problem.accept("Select at least one table, view or query.");
            return;
        }
        List<Target> kept = plan.get().targets().stream().filter(t -> t.sources().stream()
                .allMatch(s -> s.kind() == MigrationSource.Kind.QUERY ? chosenSql.contains(s.name()) : chosen.contains(s.name()))).toList();
        Set<String> covered = sourceNames(kept);
        Set<String> coveredSql = kept.stream().flatMap(t -> t.sources().stream()).map(TargetSource::name).collect(Collectors.toSet());
        List<String> added = chosen.stream().filter(n -> !covered.contains(n)).toList();
        List<QueryRow> addedQueries = chosenQueries.stream().filter(q -> !coveredSql.contains(q.sql())).toList();
        if (added.isEmpty() && addedQueries.isEmpty()) {
            plan.set(plan.get().withTargets(kept));
            done.run();
            return;
        }
        JdbcSource jdbc = state.mysqlProperty().get();
        PlanBuilder.Request request = request(added);
        String prefix = tablePrefix.get() == null ? "" : tablePrefix.get();
        tasks.run("Plan " + (added.size() + addedQueries.size()) + " object(s)", (progress, cancel) -> new Designed(
                added.isEmpty() ? null : designs.design(jdbc, added),
                addedQueries.stream().map(q -> QueryTargets.plan(jdbc, prefix + q.table(), q.sql())).toList()), designed -> {
            adopt(kept, designed, request);
            done.run();
        }, e -> problem.accept(io.lsql.ui.common.Errors.sentence(e)));
    }

    /** The plan with {@code kept} and what was designed: the advice and the queries' columns are kept for the checker. */
    private void adopt(List<Target> kept, Designed designed, PlanBuilder.Request request) {
        List<Target> targets = new ArrayList<>(kept);
        Plan fresh = designed.tables() == null ? PlanBuilder.fromDesigns(state.schemaProperty().get(), List.of(), request)
                : PlanBuilder.fromDesigns(designed.tables().schema(), designed.tables().designs(), request);
        if (designed.tables() != null) {
            designed.tables().designs().forEach(d -> advice.put(d.sourceName(), d));
        }
        targets.addAll(fresh.targets());
        for (QueryTargets.Planned query : designed.queries()) {
            String sql = query.target().sources().get(0).name();
            advice.put(sql, query.design());
            queryColumns.put(sql, query.columns());
            targets.add(query.target());
        }
        Plan current = plan.get();
        plan.set(current.source() == null ? fresh.withTargets(targets) : current.withTargets(targets));
    }

    /** A request to plan {@code tables} with the current source, AWS target, a fresh stage and the table prefix. */
    PlanBuilder.Request request(List<String> tables) {
        JdbcSource jdbc = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        return new PlanBuilder.Request(tables, false, tablePrefix.get(), stageFor(jdbc, aws), PlanBuilder.describe(jdbc),
                aws == null ? null : new PlanTarget(blank(aws.profile()), blank(aws.region()), blank(aws.endpointUrl())));
    }

    /** What Next's background task planned: the new tables' designs (null when none) and the new queries' targets. */
    private record Designed(DesignService.SchemaDesign tables, List<QueryTargets.Planned> queries) {
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
