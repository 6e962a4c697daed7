package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole-database migration: what {@code lsql plan} writes, the wizard edits and {@code lsql migrate
 * --plan} runs. Versioned ({@link #VERSION}), written with a stable field order so two plans diff line
 * by line, and free of secrets: the source is a profile name or a JDBC URL without credentials.
 *
 * @param stage where the run keeps its files ({@code file:///…} or {@code s3://bucket/prefix})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"planVersion", "source", "target", "stage", "defaults", "targets"})
public record Plan(int planVersion, PlanSource source, PlanTarget target, String stage, RunDefaults defaults,
                   List<Target> targets) {

    public static final int VERSION = 1;

    public Plan {
        defaults = defaults == null ? RunDefaults.STANDARD : defaults;
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public Optional<Target> target(String table) {
        return targets.stream().filter(t -> t.table().equals(table)).findFirst();
    }

    public Plan withSource(PlanSource newSource) {
        return new Plan(planVersion, newSource, target, stage, defaults, targets);
    }

    public Plan withTarget(PlanTarget newTarget) {
        return new Plan(planVersion, source, newTarget, stage, defaults, targets);
    }

    public Plan withStage(String newStage) {
        return new Plan(planVersion, source, target, newStage, defaults, targets);
    }

    public Plan withDefaults(RunDefaults newDefaults) {
        return new Plan(planVersion, source, target, stage, newDefaults, targets);
    }

    public Plan withTargets(List<Target> newTargets) {
        return new Plan(planVersion, source, target, stage, defaults, newTargets);
    }

    /** This plan with {@code replacement} in place of the target of the same table name (or appended). */
    public Plan withTargetReplaced(Target replacement) {
        List<Target> next = new ArrayList<>(targets);
        int index = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).table().equals(replacement.table())) {
                index = i;
            }
        }
        if (index < 0) {
            next.add(replacement);
        } else {
            next.set(index, replacement);
        }
        return withTargets(next);
    }
}
