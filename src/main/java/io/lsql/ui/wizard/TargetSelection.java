package io.lsql.ui.wizard;

import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableList;

/** The per-target pages' list of the plan's targets and the one shown: Keys, Attributes and Load options share it. */
final class TargetSelection {

    private TargetSelection() {
    }

    /** Lists the plan's targets again and shows the one shown before (or the first); setting -1 first reloads it. */
    static void refresh(ObservableList<String> targets, IntegerProperty selected, Plan plan) {
        int keep = selected.get();
        targets.setAll(plan.targets().stream().map(Target::table).toList());
        selected.set(-1);
        selected.set(targets.isEmpty() ? -1 : Math.max(0, Math.min(keep, targets.size() - 1)));
    }

    /** The target shown, or {@code null}. */
    static Target current(IntegerProperty selected, Plan plan) {
        int i = selected.get();
        return i < 0 || i >= plan.targets().size() ? null : plan.targets().get(i);
    }
}
