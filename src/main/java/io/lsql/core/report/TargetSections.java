package io.lsql.core.report;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.cost.SizeProfile;
import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.ForeignKeyHint;
import io.lsql.core.design.Rationale;
import io.lsql.core.design.TableDesign;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds the per-target sections of a report from the plan, the designs of its sources and what sampling measured. */
final class TargetSections {

    private final Schema schema;
    private final Map<String, TableDesign> designs;
    private final RunDefaults defaults;

    /** @param designs the advisor's designs by lower-case source name */
    TargetSections(Schema schema, Map<String, TableDesign> designs, RunDefaults defaults) {
        this.schema = schema;
        this.designs = designs;
        this.defaults = defaults;
    }

    TargetReport section(Target target, SizeProfile profile, ItemSamples samples) {
        List<TableDesign> sourceDesigns = target.sources().stream().map(this::design).flatMap(Optional::stream).toList();
        List<Rationale> rationale = sourceDesigns.stream().flatMap(d -> d.rationale().stream()).toList();
        List<DesignWarning> warnings = sourceDesigns.stream().flatMap(d -> d.warnings().stream()).toList();
        TargetReport.Limits limits = new TargetReport.Limits(profile.sampledItems(), profile.p50(), profile.p95(), profile.max(),
                ItemSize.MAX_ITEM_BYTES, samples.largestKeys(), samples.hotKeys(), warnings);
        return new TargetReport(target.table(), target.sources().stream().map(TargetSections::describe).toList(), target.partitionKey(),
                target.sortKey(), keyTemplates(target), indexes(target, sourceDesigns, samples), target.ttlAttribute(),
                target.billingMode().id(), target.readCapacity(), target.writeCapacity(), target.loadOr(defaults).id(), rationale, alternatives(sourceDesigns), attributes(target),
                samples.items(), limits);
    }

    private Optional<TableDesign> design(TargetSource source) {
        if (source.kind() == MigrationSource.Kind.QUERY) {
            return Optional.empty();
        }
        return Optional.ofNullable(designs.get(source.name().toLowerCase(Locale.ROOT)));
    }

    static String describe(TargetSource source) {
        return source.kind() == MigrationSource.Kind.QUERY ? "query " + source.id()
                : source.kind().name().toLowerCase(Locale.ROOT) + " " + source.name();
    }

    private static List<String> keyTemplates(Target target) {
        List<String> lines = new ArrayList<>();
        for (TargetSource source : target.sources()) {
            for (KeyTemplateSpec key : source.keys()) {
                lines.add(source.id() + ": " + key.attribute() + " = " + key.template());
            }
        }
        return lines;
    }

    /** An index is sparse when the advisor says so, or when some sampled items lack its key attributes. */
    private static List<TargetReport.IndexReport> indexes(Target target, List<TableDesign> designs, ItemSamples samples) {
        List<TargetReport.IndexReport> indexes = new ArrayList<>();
        for (Index index : target.indexes()) {
            boolean designedSparse = designs.stream().flatMap(d -> d.gsis().stream())
                    .anyMatch(g -> g.indexName().equals(index.name()) && g.sparse());
            indexes.add(new TargetReport.IndexReport(index.name(), index.partitionKey(), index.sortKey(), index.projection(),
                    index.nonKeyAttributes(), designedSparse || samples.sparse(index)));
        }
        return indexes;
    }

    /** The designs the advisor weighed for the relationships of the sources: item collections, GSIs, denormalising. */
    private static List<String> alternatives(List<TableDesign> designs) {
        List<String> alternatives = new ArrayList<>();
        for (TableDesign design : designs) {
            for (ForeignKeyHint hint : design.hints()) {
                alternatives.add(hint.constraint() + " (" + hint.childTable() + " → " + hint.parentTable() + "): " + hint.itemCollection());
            }
        }
        return alternatives;
    }

    private List<TargetReport.AttributeRow> attributes(Target target) {
        List<TargetReport.AttributeRow> rows = new ArrayList<>();
        for (TargetSource source : target.sources()) {
            Optional<Table> table = source.kind() == MigrationSource.Kind.QUERY ? Optional.empty() : schema.table(source.name());
            for (AttributeRule rule : source.attributes()) {
                String sourceType = table.flatMap(t -> t.column(rule.column())).map(Column::columnType).orElse(null);
                String attribute = rule.dropped() ? null : rule.attribute() == null ? rule.column() : rule.attribute();
                rows.add(new TargetReport.AttributeRow(source.id(), rule.column(), sourceType, attribute, rule.dropped() ? null : rule.type(),
                        rule.transform().id()));
            }
        }
        return rows;
    }

    /** The schema section's entry for {@code table}, with the target that holds its rows. */
    static SchemaTable schemaTable(Table table, List<Target> targets) {
        List<SchemaTable.Relation> relations = table.foreignKeys().stream()
                .map(fk -> new SchemaTable.Relation(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns())).toList();
        Target holder = null;
        TargetSource from = null;
        for (Target target : targets) {
            for (TargetSource source : target.sources()) {
                if (source.kind() != MigrationSource.Kind.QUERY && source.name().equalsIgnoreCase(table.name())) {
                    holder = target;
                    from = source;
                }
            }
        }
        String collection = holder == null ? null : itemCollection(table, holder, from);
        return new SchemaTable(table.name(), table.kind() == TableKind.VIEW ? "view" : "table", table.rowEstimate(),
                Math.max(0, table.dataLength()), table.columns().stream().map(Column::name).toList(), table.primaryKey(), relations,
                holder == null ? null : holder.table(), collection);
    }

    /** Rows grouped under a parent: a single-table target, or a partition key made of exactly a foreign key's columns. */
    private static String itemCollection(Table table, Target target, TargetSource source) {
        if (target.singleTable()) {
            return target.table();
        }
        List<String> keyColumns = KeyColumns.of(source.template(target.partitionKey().name()));
        boolean byForeignKey = target.sortKey() != null && table.foreignKeys().stream()
                .anyMatch(fk -> fk.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(keyColumns));
        return byForeignKey ? target.table() : null;
    }
}
