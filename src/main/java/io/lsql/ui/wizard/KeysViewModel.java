package io.lsql.ui.wizard;

import io.lsql.core.design.TableDesign;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
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
    public final ObservableList<String> indexes = FXCollections.observableArrayList();
    public final StringProperty advisorNotes = new SimpleStringProperty("");
    public final ObservableList<String> problems = FXCollections.observableArrayList();
    public final ObservableSet<Field> invalid = FXCollections.observableSet();

    KeysViewModel(ObjectProperty<Plan> plan, Map<String, TableDesign> advice, Supplier<List<String>> checker) {
        this.plan = plan;
        this.advice = advice;
        this.checker = checker;
        selected.addListener((o, old, index) -> load());
        for (StringProperty field : List.of(table, partitionKey, partitionTemplate, sortKey, sortTemplate)) {
            field.addListener((o, old, text) -> write());
        }
        partitionType.addListener((o, old, type) -> write());
        sortType.addListener((o, old, type) -> write());
    }

    /** Lists the plan's targets again (on entering the page) and shows the first, or the one shown before. */
    void refresh() {
        int keep = selected.get();
        targets.setAll(plan.get().targets().stream().map(Target::table).toList());
        selected.set(-1);
        selected.set(targets.isEmpty() ? -1 : Math.max(0, Math.min(keep, targets.size() - 1)));
    }

    private Target current() {
        int i = selected.get();
        return i < 0 || i >= plan.get().targets().size() ? null : plan.get().targets().get(i);
    }

    private void load() {
        Target target = current();
        if (target == null) {
            return;
        }
        loading = true;
        TargetSource source = target.sources().isEmpty() ? null : target.sources().get(0);
        table.set(target.table());
        partitionKey.set(target.partitionKey() == null ? "" : target.partitionKey().name());
        partitionType.set(target.partitionKey() == null ? KeyType.S : target.partitionKey().type());
        partitionTemplate.set(source == null ? "" : orEmpty(source.template(partitionKey.get())));
        sortKey.set(target.sortKey() == null ? "" : target.sortKey().name());
        sortType.set(target.sortKey() == null ? KeyType.S : target.sortKey().type());
        sortTemplate.set(source == null || target.sortKey() == null ? "" : orEmpty(source.template(sortKey.get())));
        indexes.setAll(target.indexes().stream().map(KeysViewModel::describe).toList());
        advisorNotes.set(source == null ? "" : notes(advice.get(source.name())));
        loading = false;
        check();
    }

    /** The fields, written into the selected target: its name, keys and its first source's key templates. */
    private void write() {
        Target target = current();
        if (loading || target == null) {
            return;
        }
        String pk = partitionKey.get().trim();
        String sk = sortKey.get().trim();
        Target next = target.withTable(table.get().trim()).withKeys(new KeyAttribute(pk, partitionType.get()),
                sk.isEmpty() ? null : new KeyAttribute(sk, sortType.get()));
        if (!target.sources().isEmpty()) {
            TargetSource source = target.sources().get(0);
            Set<String> replaced = new HashSet<>();
            replaced.add(target.partitionKey() == null ? pk : target.partitionKey().name());
            if (target.sortKey() != null) {
                replaced.add(target.sortKey().name());
            }
            List<KeyTemplateSpec> keys = new ArrayList<>();
            keys.add(new KeyTemplateSpec(pk, partitionTemplate.get().trim()));
            if (!sk.isEmpty()) {
                keys.add(new KeyTemplateSpec(sk, sortTemplate.get().trim()));
            }
            source.keys().stream().filter(k -> !replaced.contains(k.attribute()) && !k.attribute().equals(pk)
                    && !k.attribute().equals(sk)).forEach(keys::add);
            List<TargetSource> sources = new ArrayList<>(target.sources());
            sources.set(0, source.withKeys(keys));
            next = next.withSources(sources);
        }
        replace(next);
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
