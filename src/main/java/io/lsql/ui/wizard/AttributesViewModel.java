package io.lsql.ui.wizard;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.ItemPreview;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Attributes page: per target a grid of its first source's columns (attribute name, type, transform, exclude),
 * each edit written to the plan, and the first items as DynamoDB JSON, read in the background through the export's reader.
 */
public final class AttributesViewModel {

    static final int PREVIEW_ROWS = 3;

    private final AppState state;
    private final TaskRunner tasks;
    private final ObjectProperty<Plan> plan;
    private int generation;
    private boolean loading;

    public final ObservableList<String> targets = FXCollections.observableArrayList();
    public final IntegerProperty selected = new SimpleIntegerProperty(-1);
    public final ObservableList<AttributeRow> rows = FXCollections.observableArrayList();
    public final StringProperty preview = new SimpleStringProperty("");
    public final StringProperty keys = new SimpleStringProperty("");
    /** Where the key attributes are in {@link #preview}, set with it: the page highlights them. */
    final ObservableList<PreviewKeys.Highlight> highlights = FXCollections.observableArrayList();

    AttributesViewModel(AppState state, TaskRunner tasks, ObjectProperty<Plan> plan) {
        this.state = state;
        this.tasks = tasks;
        this.plan = plan;
        selected.addListener((o, old, index) -> load());
    }

    void refresh() {
        TargetSelection.refresh(targets, selected, plan.get());
    }

    private Target current() {
        return TargetSelection.current(selected, plan.get());
    }

    private void load() {
        Target target = current();
        if (target == null || target.sources().isEmpty()) {
            rows.clear();
            return;
        }
        loading = true;
        TargetSource source = target.sources().get(0);
        Table table = schemaTable(source.name());
        List<AttributeRow> next = new ArrayList<>();
        for (AttributeRule rule : source.attributes()) {
            Column column = table == null ? null : table.column(rule.column()).orElse(null);
            AttributeRow row = new AttributeRow(rule, column);
            row.attribute.addListener((o, old, v) -> write());
            row.transform.addListener((o, old, v) -> write());
            row.exclude.addListener((o, old, v) -> write());
            next.add(row);
        }
        rows.setAll(next);
        keys.set(PreviewKeys.legend(target));
        loading = false;
        refreshPreview();
    }

    private Table schemaTable(String name) {
        Schema schema = state.schemaProperty().get();
        return schema == null ? null : schema.table(name).orElse(null);
    }

    private void write() {
        Target target = current();
        if (loading || target == null) {
            return;
        }
        List<TargetSource> sources = new ArrayList<>(target.sources());
        sources.set(0, sources.get(0).withAttributes(rows.stream().map(AttributeRow::toRule).toList()));
        List<Target> all = new ArrayList<>(plan.get().targets());
        all.set(selected.get(), target.withSources(sources));
        plan.set(plan.get().withTargets(all));
        refreshPreview();
    }

    /** Reads the first rows of the selected source as items in the background; a newer request wins over an older one. */
    public void refreshPreview() {
        Target target = current();
        JdbcSource jdbc = state.mysqlProperty().get();
        if (target == null || target.sources().isEmpty() || jdbc == null) {
            return;
        }
        int ticket = ++generation;
        Map<String, PreviewKeys.Role> roles = PreviewKeys.roles(target);
        show("Reading the first " + PREVIEW_ROWS + " items…", roles);
        tasks.run("Preview " + target.table(), (progress, cancel) -> ItemPreview.first(jdbc, target, target.sources().get(0), PREVIEW_ROWS),
                items -> {
                    if (ticket == generation) {
                        show(text(items), roles);
                    }
                }, e -> {
                    if (ticket == generation) {
                        show("No preview: " + Errors.sentence(e), roles);
                    }
                });
    }

    private void show(String text, Map<String, PreviewKeys.Role> roles) {
        highlights.setAll(PreviewKeys.highlights(text, roles));
        preview.set(text);
    }

    static String text(List<ItemPreview.Item> items) {
        if (items.isEmpty()) {
            return "The source has no rows.";
        }
        StringBuilder out = new StringBuilder();
        for (ItemPreview.Item item : items) {
            if (item.reject() != null) {
                out.append("# ").append(item.key()).append(" — would be a reject: ").append(item.reject()).append("\n\n");
            } else {
                out.append(String.format(Locale.ROOT, "# %s — %,d bytes%n", item.key(), item.bytes())).append(item.json()).append("\n\n");
            }
        }
        return out.toString().trim();
    }
}
