package io.lsql.ui.reports;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.report.NoSqlWorkbenchModel;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "Import NoSQL Workbench model…": reads a model's keys, indexes and billing into the chosen plan through the core's
 * importer, lists what the plan holds then (the tables the model changed first marked), makes it the report's plan,
 * and saves it as a plan file on request.
 */
public final class ModelImportViewModel {

    private final TaskRunner tasks;
    private final ObjectProperty<ReportFiles> files;
    private final Supplier<TaskRunner.Work<Plan>> chosenPlan;
    private final Consumer<PlanChoice> choose;

    public final ObservableList<FoundTable> found = FXCollections.observableArrayList();
    public final ObjectProperty<Plan> imported = new SimpleObjectProperty<>();
    public final StringProperty message = new SimpleStringProperty("Read a NoSQL Workbench model's keys and indexes into the plan.");
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private String modelName = "";

    ModelImportViewModel(TaskRunner tasks, ObjectProperty<ReportFiles> files, Supplier<TaskRunner.Work<Plan>> chosenPlan,
                         Consumer<PlanChoice> choose) {
        this.tasks = tasks;
        this.files = files;
        this.chosenPlan = chosenPlan;
        this.choose = choose;
    }

    /**
     * A table of the plan after the import.
     *
     * @param fromModel whether the model changed its keys, indexes or billing
     */
    public record FoundTable(String table, String keys, String indexes, boolean fromModel) {

        static FoundTable of(Target target, boolean fromModel) {
            String keys = key(target.partitionKey()) + (target.sortKey() == null ? "" : " + " + key(target.sortKey()));
            String indexes = target.indexes().stream().map(i -> i.name() + " (" + indexKeys(i) + ", " + i.projection() + ")")
                    .collect(Collectors.joining("; "));
            return new FoundTable(target.table(), keys, indexes.isEmpty() ? "none" : indexes, fromModel);
        }

        private static String indexKeys(Index index) {
            return key(index.partitionKey()) + (index.sortKey() == null ? "" : " + " + key(index.sortKey()));
        }

        private static String key(KeyAttribute key) {
            return key.name() + " " + key.type().id();
        }
    }

    /** Asks for a model file and reads it into the chosen plan in the background. */
    public void importModel() {
        files.get().openModel().ifPresent(this::importModel);
    }

    private void importModel(Path path) {
        String name = path.getFileName().toString();
        TaskRunner.Work<Plan> base = chosenPlan.get();
        tasks.run("Import model " + name, (progress, cancel) -> {
            Plan plan = base.call(progress, cancel);
            return new Imported(plan, NoSqlWorkbenchModel.importInto(plan, read(path), name));
        }, result -> {
            modelName = name;
            imported.set(result.plan());
            found.setAll(found(result));
            long changed = found.stream().filter(FoundTable::fromModel).count();
            message.set("Read " + name + ": it changed " + changed + " of the plan's " + found.size()
                    + " table(s). It is the report's plan now; Save as plan… keeps it.");
            choose.accept(new PlanChoice.Imported(result.plan(), name));
        }, this::failed);
    }

    private static List<FoundTable> found(Imported result) {
        List<FoundTable> tables = new ArrayList<>();
        for (int i = 0; i < result.plan().targets().size(); i++) {
            Target now = result.plan().targets().get(i);
            tables.add(FoundTable.of(now, !now.equals(result.before().targets().get(i))));
        }
        tables.sort((a, b) -> Boolean.compare(b.fromModel(), a.fromModel()));
        return tables;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LsqlException("Reading the model " + path + " failed: " + ErrorText.of(e) + ".", e);
        }
    }

    /** Writes the imported plan to the file the user picks; that file becomes the report's plan. */
    public void savePlan() {
        Plan plan = imported.get();
        if (plan == null) {
            message.set("Import a model first.");
            return;
        }
        String suggested = modelName.replaceAll("(\\.nwb)?\\.json$", "") + ".plan.json";
        files.get().savePlan(suggested).ifPresent(path -> tasks.run("Save plan " + path.getFileName(), (progress, cancel) -> {
            PlanFiles.write(plan, path);
            return path;
        }, saved -> {
            message.set("Saved the plan to " + saved + "; it is the report's plan now. Run it with: lsql migrate --plan " + saved);
            choose.accept(new PlanChoice.File(saved));
        }, this::failed));
    }

    private void failed(Throwable error) {
        message.set(Errors.sentence(error));
        failure.set(error);
    }

    private record Imported(Plan before, Plan plan) {
    }
}
