package io.lsql.core.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanLayouts;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a generated DAO test that set the stage: the CreateTable request (from the same CreateTable input a
 * migration creates the table with, {@link PlanLayouts#createTable}, on demand) and the sample items.
 */
final class TestSetupWriter {

    private TestSetupWriter() {
    }

    /** The statement creating the test's table: the design's keys and indexes, on demand. */
    static void createTable(JavaFile file, Target target) {
        file.imports("software.amazon.awssdk.services.dynamodb.model.CreateTableRequest");
        ObjectNode json = PlanLayouts.createTable(target);
        file.line("        dynamo.createTable(CreateTableRequest.builder().tableName(TABLE)");
        List<String> definitions = new ArrayList<>();
        for (JsonNode definition : json.get("AttributeDefinitions")) {
            definitions.add("AttributeDefinition.builder().attributeName(" + literal(definition, "AttributeName")
                    + ").attributeType(" + literal(definition, "AttributeType") + ").build()");
        }
        file.imports("software.amazon.awssdk.services.dynamodb.model.AttributeDefinition");
        list(file, "attributeDefinitions", definitions, 16);
        list(file, "keySchema", keySchema(file, json.get("KeySchema")), 16);
        if (json.has("GlobalSecondaryIndexes")) {
            file.imports("software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex",
                    "software.amazon.awssdk.services.dynamodb.model.Projection");
            List<String> indexes = new ArrayList<>();
            for (JsonNode gsi : json.get("GlobalSecondaryIndexes")) {
                indexes.add(gsi(file, gsi));
            }
            list(file, "globalSecondaryIndexes", indexes, 16);
        }
        file.line("                .billingMode(\"PAY_PER_REQUEST\").build());");
        file.line("        dynamo.waiter().waitUntilTableExists(b -> b.tableName(TABLE));");
    }

    private static String gsi(JavaFile file, JsonNode gsi) {
        JsonNode projection = gsi.get("Projection");
        StringBuilder text = new StringBuilder("GlobalSecondaryIndex.builder().indexName(" + literal(gsi, "IndexName") + ")\n")
                .append(" ".repeat(28)).append(".keySchema(").append(String.join(", ", keySchema(file, gsi.get("KeySchema"))))
                .append(")\n").append(" ".repeat(28)).append(".projection(Projection.builder().projectionType(")
                .append(literal(projection, "ProjectionType")).append(")");
        if (projection.has("NonKeyAttributes")) {
            List<String> names = new ArrayList<>();
            projection.get("NonKeyAttributes").forEach(n -> names.add(JavaNames.literal(n.asText())));
            text.append(".nonKeyAttributes(").append(String.join(", ", names)).append(")");
        }
        return text.append(".build()).build()").toString();
    }

    private static List<String> keySchema(JavaFile file, JsonNode schema) {
        file.imports("software.amazon.awssdk.services.dynamodb.model.KeySchemaElement");
        List<String> elements = new ArrayList<>();
        for (JsonNode element : schema) {
            elements.add("KeySchemaElement.builder().attributeName(" + literal(element, "AttributeName") + ").keyType("
                    + literal(element, "KeyType") + ").build()");
        }
        return elements;
    }

    private static void list(JavaFile file, String method, List<String> items, int indent) {
        String pad = " ".repeat(indent);
        file.line(pad + "." + method + "(");
        for (int i = 0; i < items.size(); i++) {
            file.line(pad + "        " + items.get(i) + (i + 1 < items.size() ? "," : ")"));
        }
    }

    private static String literal(JsonNode node, String field) {
        return JavaNames.literal(node.get(field).asText());
    }

    /**
     * {@code sampleX(int n)}: an item with every field set, values told apart by field and by {@code n}; {@code offset}
     * keeps the entities of a single table apart.
     */
    static void sample(JavaFile file, Entity entity, String suffix, String label, int offset) {
        String type = entity.className();
        file.line("    private static " + type + " sample" + suffix + "(int number) {");
        file.line("        int n = number + " + offset + ";");
        file.line("        " + type + " item = new " + type + "();");
        for (Field field : entity.fields()) {
            ItemClassWriter.importType(file, field.type());
            if (field.type() == JavaType.RAW) {
                file.imports("java.util.Map");
            }
            file.line("        item." + field.setter() + "(" + field.type().sample(label + field.column(), "n") + ");");
        }
        file.line("        return item;");
        file.line("    }");
    }
}
