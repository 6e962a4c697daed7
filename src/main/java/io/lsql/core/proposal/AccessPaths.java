package io.lsql.core.proposal;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a candidate design keeps each MySQL table and by which keys its items can be read: the table's own key and
 * every GSI the table's items are projected into, each with the key templates the source fills them with.
 */
final class AccessPaths {

    /** A MySQL table as a candidate keeps it: the target, the source filling it, and the table's measured data. */
    record Placement(Target target, TargetSource source, TableProfile profile) {

        String table() {
            return profile.table();
        }
    }

    /**
     * One way to read a source's items: the table key ({@code index == null}) or a GSI, with the templates that fill
     * its partition and sort key attributes for this source ({@code sortTemplate} null without a sort key).
     */
    record KeyPath(Placement placement, String index, KeyAttribute partitionKey, KeyAttribute sortKey,
                   KeyTemplate partitionTemplate, KeyTemplate sortTemplate) {

        boolean onTable() {
            return index == null;
        }

        /** Requests one read of a partition value takes: the product of the shard counts of its template. */
        int shards() {
            return partitionTemplate.parts().stream().filter(KeyTemplate.Part::isShard).mapToInt(KeyTemplate.Part::shards)
                    .reduce(1, (a, b) -> a * b);
        }
    }

    private final List<Target> targets;
    private final DataProfile profile;

    AccessPaths(List<Target> targets, DataProfile profile) {
        this.targets = List.copyOf(targets);
        this.profile = profile;
    }

    List<Target> targets() {
        return targets;
    }

    DataProfile profile() {
        return profile;
    }

    /** Where {@code table} is kept, if the candidate keeps it (as a TABLE source) and the profile measured it. */
    Optional<Placement> place(String table) {
        for (Target target : targets) {
            for (TargetSource source : target.sources()) {
                if (source.kind() == MigrationSource.Kind.TABLE && source.name().equalsIgnoreCase(table)) {
                    Optional<TableProfile> measured = profile.table(source.name());
                    if (measured.isPresent()) {
                        return Optional.of(new Placement(target, source, measured.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The table key first, then each GSI holding the source's items. */
    List<KeyPath> paths(Placement placement) {
        List<KeyPath> paths = new ArrayList<>();
        Target target = placement.target();
        KeyTemplate partition = template(placement, target.partitionKey());
        if (partition != null) {
            paths.add(new KeyPath(placement, null, target.partitionKey(), target.sortKey(), partition,
                    target.sortKey() == null ? null : template(placement, target.sortKey())));
        }
        for (Index index : target.indexes()) {
            KeyTemplate gsiPartition = template(placement, index.partitionKey());
            KeyTemplate gsiSort = index.sortKey() == null ? null : template(placement, index.sortKey());
            if (gsiPartition != null && (index.sortKey() == null || gsiSort != null)) {
                paths.add(new KeyPath(placement, index.name(), index.partitionKey(), index.sortKey(), gsiPartition, gsiSort));
            }
        }
        return paths;
    }

    /** Every placement of the candidate's sources, in target order. */
    List<Placement> placements() {
        List<Placement> all = new ArrayList<>();
        for (Target target : targets) {
            for (TargetSource source : target.sources()) {
                place(source.name()).filter(p -> p.target() == target && p.source() == source).ifPresent(all::add);
            }
        }
        return all;
    }

    /**
     * The template that fills {@code attribute} on {@code placement}'s items: the source's own, else the column kept
     * under that attribute name; {@code null} when the source's items do not carry it (a sparse index skips them).
     */
    static KeyTemplate template(Placement placement, KeyAttribute attribute) {
        if (attribute == null) {
            return null;
        }
        List<SourceColumn> columns = placement.profile().columns();
        String spec = placement.source().template(attribute.name());
        if (spec == null) {
            spec = attributeColumn(placement.source(), columns, attribute.name())
                    .map(c -> KeyTemplate.placeholder(c, 0)).orElse(null);
        }
        if (spec == null) {
            return null;
        }
        try {
            return KeyTemplate.of(attribute.name(), spec, columns);
        } catch (LsqlException e) {
            return null;
        }
    }

    private static Optional<String> attributeColumn(TargetSource source, List<SourceColumn> columns, String attribute) {
        for (AttributeRule rule : source.attributes()) {
            if (!rule.dropped() && (rule.renamed() ? rule.attribute() : rule.column()).equals(attribute)) {
                return Optional.of(rule.column());
            }
        }
        boolean ruled = source.attributes().stream().anyMatch(r -> r.column().equalsIgnoreCase(attribute));
        return ruled ? Optional.empty() : columns.stream().map(SourceColumn::name).filter(attribute::equals).findFirst();
    }

    /** The lower-case names of the columns a template's column (not shard) parts read, in order. */
    static List<String> columnNames(KeyTemplate template, List<SourceColumn> columns) {
        List<String> names = new ArrayList<>();
        for (KeyTemplate.Part part : template.parts()) {
            if (part.literal() == null && !part.isShard()) {
                names.add(columns.get(part.column()).name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
