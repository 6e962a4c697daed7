package io.lsql.core.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.LsqlException;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CreateTable input for a design, in exactly the shape {@code aws dynamodb create-table
 * --cli-input-json} accepts, and back into an SDK request: the file the user reviews is the one we create from.
 */
public final class CreateTableJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CreateTableJson() {
    }

    public static ObjectNode toJson(TableDesign design) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("TableName", design.tableName());
        Map<String, String> definitions = new LinkedHashMap<>();
        design.key().parts().forEach(p -> definitions.put(p.attribute(), p.type().name()));
        design.gsis().forEach(g -> g.parts().forEach(p -> definitions.putIfAbsent(p.attribute(), p.type().name())));
        ArrayNode attributeDefinitions = root.putArray("AttributeDefinitions");
        definitions.forEach((name, type) -> attributeDefinitions.addObject().put("AttributeName", name).put("AttributeType", type));
        keySchema(root.putArray("KeySchema"), design.key().partitionKey(), design.key().sortKey());
        root.put("BillingMode", "PAY_PER_REQUEST");
        if (!design.gsis().isEmpty()) {
            ArrayNode gsis = root.putArray("GlobalSecondaryIndexes");
            for (GsiDesign gsi : design.gsis()) {
                ObjectNode index = gsis.addObject();
                index.put("IndexName", gsi.indexName());
                keySchema(index.putArray("KeySchema"), gsi.partitionKey(), gsi.sortKey());
                ObjectNode projection = index.putObject("Projection");
                projection.put("ProjectionType", gsi.projection());
                if ("INCLUDE".equals(gsi.projection())) {
                    ArrayNode nonKey = projection.putArray("NonKeyAttributes");
                    gsi.nonKeyAttributes().forEach(nonKey::add);
                }
            }
        }
        return root;
    }

    private static void keySchema(ArrayNode array, KeyPart hash, KeyPart range) {
        array.addObject().put("AttributeName", hash.attribute()).put("KeyType", "HASH");
        if (range != null) {
            array.addObject().put("AttributeName", range.attribute()).put("KeyType", "RANGE");
        }
    }

    /**
     * Parses create-table input JSON (as written by {@link #toJson}) into an SDK request, refusing
     * with one sentence what DynamoDB would refuse (see {@link DynamoRules}).
     */
    public static CreateTableRequest toRequest(JsonNode json) {
        DynamoRules.checkCreateTable(json);
        try {
            CreateTableRequest.Builder builder = CreateTableRequest.builder()
                    .tableName(required(json, "TableName").asText())
                    .attributeDefinitions(attributeDefinitions(required(json, "AttributeDefinitions")))
                    .keySchema(keySchema(required(json, "KeySchema")));
            builder.billingMode(json.has("BillingMode") ? BillingMode.fromValue(json.get("BillingMode").asText())
                    : BillingMode.PAY_PER_REQUEST);
            if (json.has("GlobalSecondaryIndexes")) {
                List<GlobalSecondaryIndex> gsis = new ArrayList<>();
                for (JsonNode gsi : json.get("GlobalSecondaryIndexes")) {
                    JsonNode projection = required(gsi, "Projection");
                    Projection.Builder p = Projection.builder().projectionType(required(projection, "ProjectionType").asText());
                    if (projection.has("NonKeyAttributes")) {
                        List<String> nonKey = new ArrayList<>();
                        projection.get("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
                        p.nonKeyAttributes(nonKey);
                    }
                    gsis.add(GlobalSecondaryIndex.builder().indexName(required(gsi, "IndexName").asText())
                            .keySchema(keySchema(required(gsi, "KeySchema"))).projection(p.build()).build());
                }
                builder.globalSecondaryIndexes(gsis);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new LsqlException("Invalid CreateTable JSON: " + e.getMessage(), e);
        }
    }

    private static List<AttributeDefinition> attributeDefinitions(JsonNode array) {
        List<AttributeDefinition> result = new ArrayList<>();
        for (JsonNode node : array) {
            result.add(AttributeDefinition.builder().attributeName(required(node, "AttributeName").asText())
                    .attributeType(required(node, "AttributeType").asText()).build());
        }
        return result;
    }

    private static List<KeySchemaElement> keySchema(JsonNode array) {
        List<KeySchemaElement> result = new ArrayList<>();
        for (JsonNode node : array) {
            result.add(KeySchemaElement.builder().attributeName(required(node, "AttributeName").asText())
                    .keyType(required(node, "KeyType").asText()).build());
        }
        return result;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
