package io.lsql.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.LsqlException;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.mapping.Transform;
import io.lsql.core.design.KeyPart;
import io.lsql.core.design.TableDesign;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.migrate.SourceRun;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves a plan's target and source against the source's columns: the item layout, and the table's CreateTable input. */
public final class PlanLayouts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanLayouts() {
    }

    /** How {@code source}'s rows become items of {@code target}. */
    public static ItemLayout layout(SourceDescription description, Target target, TargetSource source) {
        List<SourceColumn> columns = description.columns();
        KeyTemplate partition = key(target, source, target.partitionKey(), columns);
        KeyTemplate sort = target.sortKey() == null ? null : key(target, source, target.sortKey(), columns);
        Set<String> tableKeys = new HashSet<>();
        tableKeys.add(partition.attribute());
        if (sort != null) {
            tableKeys.add(sort.attribute());
        }
        List<KeyTemplate> derived = new ArrayList<>();
        for (KeyTemplateSpec spec : source.keys()) {
            if (!tableKeys.contains(spec.attribute())) {
                KeyTemplate template = parse(target, source, spec, columns);
                if (!isPlainCopy(template, spec, columns)) {
                    derived.add(template);
                }
            }
        }
        List<ItemLayout.IndexKey> indexKeys = new ArrayList<>();
        for (Index index : target.indexes()) {
            indexKeys.add(new ItemLayout.IndexKey(index.name(), index.partitionKey().name(), true,
                    AttributeType.valueOf(index.partitionKey().type().id())));
            if (index.sortKey() != null) {
                indexKeys.add(new ItemLayout.IndexKey(index.name(), index.sortKey().name(), false,
                        AttributeType.valueOf(index.sortKey().type().id())));
            }
        }
        Map<String, String> renames = new HashMap<>();
        Set<String> drops = new HashSet<>();
        Set<String> known = new HashSet<>();
        columns.forEach(c -> known.add(c.name()));
        for (AttributeRule rule : source.attributes()) {
            if (!known.contains(rule.column())) {
                throw new LsqlException("Target " + target.table() + ", source " + source.id() + ": the attribute rule names column '"
                        + rule.column() + "', which " + description.source().describe() + " does not have.");
            }
            if (rule.dropped()) {
                drops.add(rule.column());
            } else if (rule.renamed()) {
                renames.put(rule.column(), rule.attribute());
            }
        }
        Map<String, Transform> transforms = new HashMap<>();
        for (AttributeRule rule : source.attributes()) {
            if (rule.transform() != Transform.DEFAULT && !rule.dropped()) {
                transforms.put(rule.column(), rule.transform());
            }
        }
        ItemLayout layout = new ItemLayout(columns, partition, sort, derived, renames, drops, source.writeNulls(), indexKeys)
                .withTransforms(transforms);
        if (target.singleTable() && source.entityType() != null) {
            layout = layout.withConstants(Map.of(TargetSource.ENTITY_ATTRIBUTE, source.entityType()));
        }
        return layout;
    }

    /**
     * {@code source} of {@code target} as a single-source run in the stage part {@code stageUri}: its layout, the
     * run settings its manifest keeps, and whether its keys need the duplicate check (anything but a table
     * keyed as the advisor keys it on its primary key or a unique index).
     */
    public static SourceRun sourceRun(Plan plan, Target target, TargetSource source, SourceDescription description,
                                      ObjectNode createTable, String stageUri) {
        ItemLayout layout = layout(description, target, source);
        RunDefaults defaults = plan.defaults();
        Map<String, String> renames = new LinkedHashMap<>();
        List<String> drops = new ArrayList<>();
        for (AttributeRule rule : source.attributes()) {
            if (rule.dropped()) {
                drops.add(rule.column());
            } else if (rule.renamed()) {
                renames.put(rule.column(), rule.attribute());
            }
        }
        String partition = layout.partitionKey().attribute() + "=" + layout.partitionKey().template();
        String sort = layout.sortKey() == null ? null : layout.sortKey().attribute() + "=" + layout.sortKey().template();
        MigrationPlan settings = MigrationPlan.of(source.migrationSource(), stageUri)
                .withTargetTable(target.table())
                .withKeys(partition, sort)
                .withMapping(renames, drops, source.writeNulls())
                .withLoad(LoadMethod.BATCH)
                .withWorkers(defaults.workers())
                .withFiles(defaults.fileSizeMb(), defaults.compression())
                .withRate(defaults.rate())
                .withSkipVerify(!defaults.verify())
                .withSnapshot(defaults.snapshot());
        return new SourceRun(settings, description, layout, createTable, !keyedAsDesigned(description, layout) || target.singleTable());
    }

    /** True when the layout's keys are the advisor's keys of a table keyed on its primary key or a unique index. */
    private static boolean keyedAsDesigned(SourceDescription description, ItemLayout layout) {
        TableDesign design = description.design();
        if (design == null || description.table() == null || description.table().isView()) {
            return false;
        }
        boolean uniqueSource = switch (design.key().source()) {
            case PRIMARY_KEY, UNIQUE_INDEX, SYNTHETIC -> true;
            default -> false;
        };
        KeyPart designPartition = design.key().partitionKey();
        KeyPart designSort = design.key().sortKey();
        boolean samePartition = designPartition.attribute().equals(layout.partitionKey().attribute())
                && designPartition.template().equals(layout.partitionKey().template());
        boolean sameSort = designSort == null ? layout.sortKey() == null : layout.sortKey() != null
                && designSort.attribute().equals(layout.sortKey().attribute())
                && designSort.template().equals(layout.sortKey().template());
        return uniqueSource && samePartition && sameSort;
    }

    /** The part of the stage where all sources of {@code table} put their data files (one ImportTable prefix). */
    public static String dataPrefix(String table) {
        return "targets/" + table + "/data/";
    }

    /** The CreateTable input of {@code target}, in the shape {@code aws dynamodb create-table --cli-input-json} reads. */
    public static ObjectNode createTable(Target target) {
        ObjectNode root = JSON.createObjectNode();
        root.put("TableName", target.table());
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put(target.partitionKey().name(), target.partitionKey().type().id());
        if (target.sortKey() != null) {
            definitions.put(target.sortKey().name(), target.sortKey().type().id());
        }
        for (Index index : target.indexes()) {
            definitions.putIfAbsent(index.partitionKey().name(), index.partitionKey().type().id());
            if (index.sortKey() != null) {
                definitions.putIfAbsent(index.sortKey().name(), index.sortKey().type().id());
            }
        }
        ArrayNode attributeDefinitions = root.putArray("AttributeDefinitions");
        definitions.forEach((name, type) -> attributeDefinitions.addObject().put("AttributeName", name).put("AttributeType", type));
        keySchema(root.putArray("KeySchema"), target.partitionKey(), target.sortKey());
        root.put("BillingMode", target.billingMode().id());
        boolean provisioned = target.billingMode() == BillingMode.PROVISIONED;
        if (provisioned) {
            throughput(root, target);
        }
        if (!target.indexes().isEmpty()) {
            ArrayNode gsis = root.putArray("GlobalSecondaryIndexes");
            for (Index index : target.indexes()) {
                ObjectNode gsi = gsis.addObject();
                gsi.put("IndexName", index.name());
                keySchema(gsi.putArray("KeySchema"), index.partitionKey(), index.sortKey());
                ObjectNode projection = gsi.putObject("Projection");
                projection.put("ProjectionType", index.projection());
                if ("INCLUDE".equals(index.projection())) {
                    ArrayNode nonKey = projection.putArray("NonKeyAttributes");
                    index.nonKeyAttributes().forEach(nonKey::add);
                }
                if (provisioned) {
                    throughput(gsi, target);
                }
            }
        }
        return root;
    }

    private static void throughput(ObjectNode node, Target target) {
        node.putObject("ProvisionedThroughput").put("ReadCapacityUnits", Math.max(1, target.readCapacity()))
                .put("WriteCapacityUnits", Math.max(1, target.writeCapacity()));
    }

    private static void keySchema(ArrayNode array, KeyAttribute hash, KeyAttribute range) {
        array.addObject().put("AttributeName", hash.name()).put("KeyType", "HASH");
        if (range != null) {
            array.addObject().put("AttributeName", range.name()).put("KeyType", "RANGE");
        }
    }

    private static KeyTemplate key(Target target, TargetSource source, KeyAttribute attribute, List<SourceColumn> columns) {
        if (attribute == null) {
            throw new LsqlException("Target " + target.table() + " has no partition key.");
        }
        String template = source.template(attribute.name());
        if (template == null) {
            throw new LsqlException("Target " + target.table() + ", source " + source.id() + " has no template for the key attribute "
                    + attribute.name() + "; add one to its keys, e.g. {\"attribute\": \"" + attribute.name()
                    + "\", \"template\": \"{column}\"}.");
        }
        return parse(target, source, new KeyTemplateSpec(attribute.name(), template), columns);
    }

    private static KeyTemplate parse(Target target, TargetSource source, KeyTemplateSpec spec, List<SourceColumn> columns) {
        try {
            return KeyTemplate.of(spec.attribute(), spec.template(), columns);
        } catch (LsqlException e) {
            throw new LsqlException("Target " + target.table() + ", source " + source.id() + ", key " + spec.attribute() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A key attribute that is a column under its own name, written as the column's attribute (not derived). */
    private static boolean isPlainCopy(KeyTemplate template, KeyTemplateSpec spec, List<SourceColumn> columns) {
        if (template.columnIndexes().size() != 1) {
            return false;
        }
        String column = columns.get(template.columnIndexes().get(0)).name();
        return column.equals(spec.attribute()) && spec.template().equals(KeyTemplate.placeholder(column, 0));
    }
}
