package io.lsql.ui.wizard;

import io.lsql.core.plan.ExistingTablePolicy;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.WriteCondition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** The Load options page: per target how items reach DynamoDB, what happens to an existing table, the write condition; the run's workers, rate cap and verify. */
public final class LoadViewModel {

    public static final String LOAD_HELP = "import: ImportTable from the S3 stage, new tables only, no write capacity used; "
            + "batch: parallel BatchWriteItem into a new or existing table; export only: stage the DynamoDB JSON and stop.";
    public static final String IF_EXISTS_HELP = "fail (default): stop this target before writing; append: write into it (batch, same keys); "
            + "replace: delete and create it again.";
    public static final String CONDITION_HELP = "overwrite (default): a rerun replaces items; attribute-not-exists: keep existing items "
            + "and count refused writes (batch only).";
    public static final String WORKERS_HELP = "Readers per source and writers per batch load (default 4).";
    public static final String RATE_HELP = "Items per second per batch load, 0 = no cap (default).";
    public static final String VERIFY_HELP = "Compare every source with its items after the load (default on).";

    private final ObjectProperty<Plan> plan;
    private boolean loading;

    public final ObservableList<String> targets = FXCollections.observableArrayList();
    public final IntegerProperty selected = new SimpleIntegerProperty(-1);
    public final ObjectProperty<LoadMode> loadMode = new SimpleObjectProperty<>();
    public final ObjectProperty<ExistingTablePolicy> ifExists = new SimpleObjectProperty<>();
    public final ObjectProperty<WriteCondition> writeCondition = new SimpleObjectProperty<>();
    public final IntegerProperty workers = new SimpleIntegerProperty();
    public final IntegerProperty rate = new SimpleIntegerProperty();
    public final BooleanProperty verify = new SimpleBooleanProperty();

    LoadViewModel(ObjectProperty<Plan> plan) {
        this.plan = plan;
        selected.addListener((o, old, index) -> load());
        loadMode.addListener((o, old, v) -> writeTarget());
        ifExists.addListener((o, old, v) -> writeTarget());
        writeCondition.addListener((o, old, v) -> writeTarget());
        workers.addListener((o, old, v) -> writeDefaults());
        rate.addListener((o, old, v) -> writeDefaults());
        verify.addListener((o, old, v) -> writeDefaults());
    }

    void refresh() {
        int keep = selected.get();
        targets.setAll(plan.get().targets().stream().map(Target::table).toList());
        RunDefaults defaults = plan.get().defaults();
        loading = true;
        workers.set(defaults.workers());
        rate.set(defaults.rate());
        verify.set(defaults.verify());
        loading = false;
        selected.set(-1);
        selected.set(targets.isEmpty() ? -1 : Math.max(0, Math.min(keep, targets.size() - 1)));
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
        loadMode.set(target.loadOr(plan.get().defaults()));
        ifExists.set(target.ifExistsOrDefault());
        writeCondition.set(target.writeConditionOrDefault());
        loading = false;
    }

    private void writeTarget() {
        Target target = current();
        if (loading || target == null) {
            return;
        }
        List<Target> all = new ArrayList<>(plan.get().targets());
        all.set(selected.get(), target.withLoad(loadMode.get()).withIfExists(ifExists.get()).withWriteCondition(writeCondition.get()));
        plan.set(plan.get().withTargets(all));
    }

    private void writeDefaults() {
        if (!loading) {
            plan.set(plan.get().withDefaults(plan.get().defaults().withWorkers(workers.get()).withRate(rate.get())
                    .withVerify(verify.get())));
        }
    }
}
