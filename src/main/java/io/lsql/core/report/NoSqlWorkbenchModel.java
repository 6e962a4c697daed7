package io.lsql.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The NoSQL Workbench data model of a report ({@code ModelMetadata.Version} "3.0", the shape NoSQL Workbench exports:
 * {@code DataModel[]} with {@code TableName}, {@code KeyAttributes}, {@code NonKeyAttributes},
 * {@code GlobalSecondaryIndexes}, {@code TableData} as typed DynamoDB JSON from the sample rows and {@code BillingMode}),
 * and the import of such a model's keys, indexes and billing into a plan. The import reads only what it needs, so
 * fields it does not know (DataAccess, AutoScaling…) are ignored.
 */
public final class NoSqlWorkbenchModel {

    public static final String VERSION = "3.0";
    private static final DateTimeFormatter WORKBENCH_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, hh:mm a", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

    private NoSqlWorkbenchModel() {
    }

    public static byte[] export(Report report) {
        ObjectNode model = ReportJsonFiles.JSON.createObjectNode();
        model.put("ModelName", report.header().database());
        ObjectNode meta = model.putObject("ModelMetadata");
        meta.put("Author", "lsql " + report.header().toolVersion());
        String date = WORKBENCH_DATE.format(Instant.parse(report.header().generatedAt()));
        meta.put("DateCreated", date);
        meta.put("DateLastModified", date);
        meta.put("Description", "DynamoDB design of the MySQL database " + report.header().database() + " (plan SHA-256 "
                + report.header().planHash() + ")");
        meta.put("AWSService", "Amazon DynamoDB");
        meta.put("Version", VERSION);
        ArrayNode tables = model.putArray("DataModel");
        report.targets().forEach(t -> table(tables.addObject(), t));
        return ReportJsonFiles.bytes(model);
    }

    private static void table(ObjectNode table, TargetReport t) {
        table.put("TableName", t.table());
        keys(table.putObject("KeyAttributes"), t.partitionKey(), t.sortKey());
        ArrayNode nonKey = table.putArray("NonKeyAttributes");
        nonKeyAttributes(t).forEach((name, type) -> nonKey.addObject().put("AttributeName", name).put("AttributeType", type));
        if (!t.indexes().isEmpty()) {
            ArrayNode indexes = table.putArray("GlobalSecondaryIndexes");
            for (TargetReport.IndexReport i : t.indexes()) {
                ObjectNode index = indexes.addObject().put("IndexName", i.name());
                keys(index.putObject("KeyAttributes"), i.partitionKey(), i.sortKey());
                ObjectNode projection = index.putObject("Projection").put("ProjectionType", i.projection());
                if (!i.nonKeyAttributes().isEmpty()) {
                    i.nonKeyAttributes().forEach(projection.putArray("NonKeyAttributes")::add);
                }
            }
        }
        ArrayNode data = table.putArray("TableData");
        t.samples().stream().filter(s -> s.index() == null).forEach(s -> data.add(ReportJsonFiles.parse(s.json())));
        table.putObject("DataAccess").putObject("MySql");
        table.put("BillingMode", t.billingMode());
        if (BillingMode.PROVISIONED.id().equals(t.billingMode())) {
            table.putObject("ProvisionedCapacitySettings").putObject("ProvisionedThroughput")
                    .put("ReadCapacityUnits", t.readCapacity()).put("WriteCapacityUnits", t.writeCapacity());
        }
    }

    private static void keys(ObjectNode keys, KeyAttribute partition, KeyAttribute sort) {
        keys.putObject("PartitionKey").put("AttributeName", partition.name()).put("AttributeType", partition.type().id());
        if (sort != null) {
            keys.putObject("SortKey").put("AttributeName", sort.name()).put("AttributeType", sort.type().id());
        }
    }

    /** Every attribute but the table key, in mapping order, then the index key attributes the mapping doesn't name. */
    private static Map<String, String> nonKeyAttributes(TargetReport t) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Set<String> tableKey = t.sortKey() == null ? Set.of(t.partitionKey().name()) : Set.of(t.partitionKey().name(), t.sortKey().name());
        for (TargetReport.AttributeRow row : t.attributes()) {
            if (row.attribute() != null && !tableKey.contains(row.attribute())) {
                attributes.putIfAbsent(row.attribute(), row.type() != null && TYPES.contains(row.type()) ? row.type() : "S");
            }
        }
        for (TargetReport.IndexReport i : t.indexes()) {
            for (KeyAttribute key : i.sortKey() == null ? List.of(i.partitionKey()) : List.of(i.partitionKey(), i.sortKey())) {
                if (!tableKey.contains(key.name())) {
                    attributes.putIfAbsent(key.name(), key.type().id());
                }
            }
        }
        return attributes;
    }

    /**
     * {@code plan} with the keys, indexes and billing of every table of the model that names one of its targets.
     *
     * @throws LsqlException when the model is not a NoSQL Workbench model of version 3.0, or names no target of the plan
     */
    public static Plan importInto(Plan plan, byte[] model, String name) {
        JsonNode root;
        try {
            root = ReportJsonFiles.JSON.readTree(model);
        } catch (IOException e) {
            throw new LsqlException(name + " is not JSON: " + ErrorText.of(e) + ".", e);
        }
        String version = root.path("ModelMetadata").path("Version").asText("");
        if (!VERSION.equals(version) || !root.path("DataModel").isArray()) {
            throw new LsqlException(name + " is not a NoSQL Workbench data model of version " + VERSION + " (ModelMetadata.Version is '"
                    + version + "').");
        }
        List<Target> targets = new ArrayList<>(plan.targets());
        int matched = 0;
        for (JsonNode table : root.get("DataModel")) {
            String tableName = table.path("TableName").asText();
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i).table().equals(tableName)) {
                    targets.set(i, imported(targets.get(i), table));
                    matched++;
                }
            }
        }
        if (matched == 0) {
            throw new LsqlException(name + " names none of the plan's tables.");
        }
        return plan.withTargets(targets);
    }

    private static Target imported(Target target, JsonNode table) {
        JsonNode keys = table.path("KeyAttributes");
        if (!keys.path("PartitionKey").isObject()) {
            throw new LsqlException("The model's table " + target.table() + " has no KeyAttributes.PartitionKey.");
        }
        List<Index> indexes = new ArrayList<>();
        for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
            JsonNode indexKeys = index.path("KeyAttributes");
            List<String> included = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(a -> included.add(a.asText()));
            indexes.add(new Index(index.path("IndexName").asText(), key(indexKeys.path("PartitionKey")), key(indexKeys.path("SortKey")),
                    index.path("Projection").path("ProjectionType").asText("ALL"), included));
        }
        JsonNode throughput = table.path("ProvisionedCapacitySettings").path("ProvisionedThroughput");
        BillingMode billing = BillingMode.parse(table.path("BillingMode").asText(BillingMode.PAY_PER_REQUEST.id()));
        Target keyed = target.withKeys(key(keys.path("PartitionKey")), key(keys.path("SortKey"))).withIndexes(indexes)
                .withBilling(billing, throughput.path("ReadCapacityUnits").asLong(0), throughput.path("WriteCapacityUnits").asLong(0));
        return keyed.withSources(keyed.sources().stream().map(s -> s.keyedFor(keyed)).toList());
    }

    private static KeyAttribute key(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return new KeyAttribute(node.path("AttributeName").asText(), KeyType.parse(node.path("AttributeType").asText()));
    }
}
