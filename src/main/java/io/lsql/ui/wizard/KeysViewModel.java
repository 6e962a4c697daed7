package io.lsql.ui.wizard;

import io.lsql.core.design.TableDesign;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetMerge;
import io.lsql.core.plan.TargetSource;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The Key design page: per target the advisor's keys, indexes, rationale and warnings, with overrides of the table
 * name, the keys (a column or a template) and the indexes. Every edit is written to the plan and checked at once;
 * a problem marks the field it is about.
 */
public final class KeysViewModel {

    /** Fields a problem can mark. */
    public enum Field { TABLE, PARTITION_KEY, SORT_KEY, PARTITION_TEMPLATE, SORT_TEMPLATE, INDEXES }

    private final ObjectProperty<Plan> plan;
    private final Map<String, TableDesign> advice;
    private final Supplier<List<String>> checker;
    private boolean loading;

    public final ObservableList<String> targets = FXCollections.observableArrayList();
    public final IntegerProperty selected = new SimpleIntegerProperty(-1);
    public final StringProperty table = new SimpleStringProperty("");
    public final StringProperty partitionKey = new SimpleStringProperty("");
    public final ObjectProperty<KeyType> partitionType = new SimpleObjectProperty<>(KeyType.S);
    public final StringProperty partitionTemplate = new SimpleStringProperty("");
    public final StringProperty sortKey = new SimpleStringProperty("");
    public final ObjectProperty<KeyType> sortType = new SimpleObjectProperty<>(KeyType.S);
    public final StringProperty sortTemplate = new SimpleStringProperty("");
    /** The ids of the selected target's sources; the templates and entity fields edit the one at {@link #source}. */
    public final ObservableList<String> sources = FXCollections.observableArrayList();
    public final IntegerProperty source = new SimpleIntegerProperty(0);
    public final StringProperty entityType = new SimpleStringProperty("");
    public final ObservableList<String> indexes = FXCollections.observableArrayList();
    public final StringProperty advisorNotes = new SimpleStringProperty("");
    public final ObservableList<String> problems = FXCollections.observableArrayList();
    public final ObservableSet<Field> invalid = FXCollections.observableSet();
    /** The "Add index" form. */
    public final IndexForm newIndex = new IndexForm();

    KeysViewModel(ObjectProperty<Plan> plan, Map<String, TableDesign> advice, Supplier<List<String>> checker) {
        this.plan = plan;
        this.advice = advice;
        this.checker = checker;
        selected.addListener((o, old, index) -> load());
        source.addListener((o, old, index) -> {
            if (!loading) {
                loading = true;
                loadSource(current());
                loading = false;
            }
        });
        for (StringProperty field : List.of(table, partitionKey, partitionTemplate, sortKey, sortTemplate, entityType)) {
            field.addListener((o, old, text) -> write());
        }
        partitionType.addListener((o, old, type) -> write());
        sortType.addListener((o, old, type) -> write());
    }

    /** Lists the plan's targets again (on entering the page) and shows the first, or the one shown before. */
    void refresh() {
        TargetSelection.refresh(targets, selected, plan.get());
    }

    private Target current() {
        return TargetSelection.current(selected, plan.get());
    }

    private void load() {
        Target target = current();
        if (target == null) {
            return;
        }
        loading = true;
        table.set(target.table());
        partitionKey.set(target.partitionKey() == null ? "" : target.partitionKey().name());
        partitionType.set(target.partitionKey() == null ? KeyType.S : target.partitionKey().type());
        sortKey.set(target.sortKey() == null ? "" : target.sortKey().name());
        sortType.set(target.sortKey() == null ? KeyType.S : target.sortKey().type());
        sources.setAll(target.sources().stream().map(TargetSource::id).toList());
        source.set(0);
        loadSource(target);
        indexes.setAll(target.indexes().stream().map(KeysViewModel::describe).toList());
        loading = false;
        check();
    }

    private void loadSource(Target target) {
        int i = source.get();
        TargetSource from = target == null || i < 0 || i >= target.sources().size() ? null : target.sources().get(i);
        partitionTemplate.set(from == null ? "" : orEmpty(from.template(partitionKey.get())));
        sortTemplate.set(from == null || target.sortKey() == null ? "" : orEmpty(from.template(sortKey.get())));
        entityType.set(from == null ? "" : orEmpty(from.entityType()));
        advisorNotes.set(from == null ? "" : notes(advice.get(from.name())));
    }

    /** The fields, written into the selected target: its name, keys (every source follows), and the shown source's templates. */
    private void write() {
        Target target = current();
        if (loading || target == null) {
            return;
        }
        String pk = partitionKey.get().trim();
        String sk = sortKey.get().trim();
        Target next = TargetMerge.withKeys(target.withTable(table.get().trim()), new KeyAttribute(pk, partitionType.get()),
                sk.isEmpty() ? null : new KeyAttribute(sk, sortType.get()));
        int i = source.get();
        if (i >= 0 && i < next.sources().size()) {
            TargetSource from = next.sources().get(i);
            List<KeyTemplateSpec> keys = new ArrayList<>();
            keys.add(new KeyTemplateSpec(pk, partitionTemplate.get().trim()));
            if (!sk.isEmpty()) {
                keys.add(new KeyTemplateSpec(sk, sortTemplate.get().trim()));
            }
            from.keys().stream().filter(k -> !k.attribute().equals(pk) && !k.attribute().equals(sk)).forEach(keys::add);
            from = from.withKeys(keys);
            if (next.singleTable()) {
                from = from.withEntityType(entityType.get().trim());
            }
            List<TargetSource> all = new ArrayList<>(next.sources());
            all.set(i, from);
            next = next.withSources(all);
        }
        replace(next);
    }

    /** Moves the selected target's sources into target {@code table} (a single-table design) and shows it. */
    public void mergeInto(String otherTable) {
        Target from = current();
        List<Target> all = new ArrayList<>(plan.get().targets());
        int to = all.stream().map(Target::table).toList().indexOf(otherTable);
        if (from == null || to < 0 || to == selected.get()) {
            return;
        }
        Target merged = TargetMerge.merge(all.get(to), from);
        all.set(to, merged);
        all.remove(selected.get());
        plan.set(plan.get().withTargets(all));
        targets.setAll(all.stream().map(Target::table).toList());
        selected.set(-1);
        selected.set(all.indexOf(merged));
    }

    /**
     * Adds the {@link #newIndex} form's index to the selected target, every source filling its keys (a source that already
     * fills an attribute keeps its template), and checks the plan: a problem with it marks the form's field and blocks
     * Next until it is mended or dropped; an accepted index clears the form.
     */
    public void addIndex() {
        Target target = current();
        if (target == null) {
            return;
        }
        List<Index> all = new ArrayList<>(target.indexes());
        all.add(newIndex.index());
        List<TargetSource> sources = target.sources().stream().map(s -> {
            List<KeyTemplateSpec> keys = new ArrayList<>(s.keys());
            newIndex.templates().stream().filter(t -> s.template(t.attribute()) == null).forEach(keys::add);
            return s.withKeys(keys);
        }).toList();
        replace(target.withIndexes(all).withSources(sources));
        load();
        newIndex.mark(problems);
        if (problems.isEmpty()) {
            newIndex.clear();
        }
    }

    /** Drops index {@code position} of the selected target (and the derived key attributes only it used). */
    public void dropIndex(int position) {
        Target target = current();
        if (target == null || position < 0 || position >= target.indexes().size()) {
            return;
        }
        List<Index> kept = new ArrayList<>(target.indexes());
        kept.remove(position);
        Set<String> used = new HashSet<>();
        used.add(target.partitionKey().name());
        if (target.sortKey() != null) {
            used.add(target.sortKey().name());
        }
        kept.forEach(i -> {
            used.add(i.partitionKey().name());
            if (i.sortKey() != null) {
                used.add(i.sortKey().name());
            }
        });
        List<TargetSource> sources = target.sources().stream().map(s -> s.withKeys(s.keys().stream()
                .filter(k -> used.contains(k.attribute())).toList())).toList();
        replace(target.withIndexes(kept).withSources(sources));
        load();
        newIndex.mark(problems);
    }

    private void replace(Target next) {
        List<Target> all = new ArrayList<>(plan.get().targets());
        all.set(selected.get(), next);
        plan.set(plan.get().withTargets(all));
        check();
    }

    /** The checker's problems about the selected target, and the fields they are about. */
    void check() {
        Target target = current();
        problems.clear();
        invalid.clear();
        if (target == null) {
            return;
        }
        String prefix = "target " + target.table();
        for (String problem : checker.get()) {
            if (problem.startsWith(prefix + ":") || problem.startsWith(prefix + ",")) {
                problems.add(problem);
                field(problem.toLowerCase(Locale.ROOT), target).ifPresent(invalid::add);
            }
        }
    }

    private static java.util.Optional<Field> field(String problem, Target target) {
        String pk = target.partitionKey() == null ? "\u0000" : target.partitionKey().name().toLowerCase(Locale.ROOT);
        String sk = target.sortKey() == null ? "\u0000" : target.sortKey().name().toLowerCase(Locale.ROOT);
        if (problem.contains("key " + pk + ":") || problem.contains("key " + pk + " has") || problem.contains("partition key " + pk)) {
            return java.util.Optional.of(Field.PARTITION_TEMPLATE);
        }
        if (problem.contains("key " + sk + ":") || problem.contains("key " + sk + " has") || problem.contains("sort key " + sk)) {
            return java.util.Optional.of(Field.SORT_TEMPLATE);
        }
        if (problem.contains("partitionkey") || problem.contains("partition key")) {
            return java.util.Optional.of(Field.PARTITION_KEY);
        }
        if (problem.contains("sortkey") || problem.contains("sort key")) {
            return java.util.Optional.of(Field.SORT_KEY);
        }
        if (problem.contains("index")) {
            return java.util.Optional.of(Field.INDEXES);
        }
        return problem.contains("table name") || problem.contains("tablename") ? java.util.Optional.of(Field.TABLE)
                : java.util.Optional.empty();
    }

    static String describe(Index index) {
        return index.name() + ": HASH " + index.partitionKey().name() + (index.sortKey() == null ? ""
                : ", RANGE " + index.sortKey().name()) + " (" + index.projection() + ")";
    }

    private static String notes(TableDesign design) {
        if (design == null) {
            return "No advisor notes: this target was opened from a plan file.";
        }
        String rationale = design.rationale().stream().map(r -> "• " + r.subject() + ": " + r.choice() + " — " + r.reason())
                .collect(Collectors.joining("\n"));
        String warnings = design.warnings().stream().map(w -> "⚠ " + w.severity() + " " + w.subject() + ": " + w.message())
                .collect(Collectors.joining("\n"));
        return rationale + (warnings.isEmpty() ? "" : "\n\n" + warnings);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
