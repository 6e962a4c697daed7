package io.lsql.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of a target's key design that touch all its sources: new key attributes (every source's templates follow
 * the renamed attribute) and merging another target's sources into it (a single-table design).
 */
public final class TargetMerge {

    private TargetMerge() {
    }

    /** {@code target} keyed by {@code partitionKey} and {@code sortKey} (or none); each source's templates move with the names. */
    public static Target withKeys(Target target, KeyAttribute partitionKey, KeyAttribute sortKey) {
        String oldPk = target.partitionKey() == null ? null : target.partitionKey().name();
        String oldSk = target.sortKey() == null ? null : target.sortKey().name();
        List<TargetSource> sources = target.sources().stream().map(s -> s.withKeys(rename(s.keys(), oldPk,
                partitionKey.name(), oldSk, sortKey == null ? null : sortKey.name()))).toList();
        return target.withKeys(partitionKey, sortKey).withSources(sources);
    }

    private static List<KeyTemplateSpec> rename(List<KeyTemplateSpec> keys, String oldPk, String newPk, String oldSk, String newSk) {
        List<KeyTemplateSpec> renamed = new ArrayList<>();
        for (KeyTemplateSpec spec : keys) {
            if (spec.attribute().equals(oldPk)) {
                renamed.add(new KeyTemplateSpec(newPk, spec.template()));
            } else if (spec.attribute().equals(oldSk)) {
                if (newSk != null) {
                    renamed.add(new KeyTemplateSpec(newSk, spec.template()));
                }
            } else if (!spec.attribute().equals(newPk) && !spec.attribute().equals(newSk)) {
                renamed.add(spec);
            }
        }
        return renamed;
    }

    /**
     * {@code into} with the sources of {@code from} added: each moved source fills {@code into}'s keys with the templates
     * it had for {@code from}'s keys, and every source names its entity (its id unless it has one), as a target with
     * several sources must.
     */
    public static Target merge(Target into, Target from) {
        List<TargetSource> sources = new ArrayList<>(into.sources());
        for (TargetSource source : from.sources()) {
            List<KeyTemplateSpec> keys = new ArrayList<>();
            keys.add(new KeyTemplateSpec(into.partitionKey().name(), source.template(from.partitionKey().name())));
            if (into.sortKey() != null) {
                String sort = from.sortKey() == null ? null : source.template(from.sortKey().name());
                keys.add(new KeyTemplateSpec(into.sortKey().name(), sort != null ? sort : source.template(from.partitionKey().name())));
            }
            sources.add(source.withKeys(keys));
        }
        return into.withSources(sources.stream().map(s -> s.entityType() == null || s.entityType().isBlank()
                ? s.withEntityType(s.id()) : s).toList());
    }
}
