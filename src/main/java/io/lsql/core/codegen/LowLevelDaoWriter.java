package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.Query;
import io.lsql.core.codegen.CodegenModel.Table;

import java.util.List;

/**
 * The DAO of a table beans can't express (key templates, several entities in one table): the five workshop
 * operations per entity through the low-level DynamoDbClient, each item class mapping itself.
 */
final class LowLevelDaoWriter {

    private static final String MODEL = "software.amazon.awssdk.services.dynamodb.model.";

    private LowLevelDaoWriter() {
    }

    static JavaFile write(String packageName, Table table) {
        JavaFile file = new JavaFile(packageName, table.daoName());
        file.imports("java.util.Map", "java.util.Optional", "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
                MODEL + "AttributeValue", MODEL + "ConditionalCheckFailedException");
        file.doc(0, JavaNames.doc("Data access for DynamoDB table " + table.target().table() + " through the low-level client "
                + (table.target().singleTable() ? "(a single-table design: one set of methods per entity)" : "(keys built from templates)")
                + ": get, query, insert, update and delete with MySQL's meaning (insert never overwrites, update never inserts)."));
        file.line("public final class " + table.daoName() + " {");
        file.line("");
        file.doc(4, "The table's name as designed.");
        file.line("    public static final String TABLE_NAME = " + JavaNames.literal(table.target().table()) + ";");
        file.line("");
        file.line("    private static final String PARTITION_KEY = " + JavaNames.literal(table.target().partitionKey().name()) + ";");
        file.line("");
        file.line("    private final DynamoDbClient dynamo;");
        file.line("    private final String tableName;");
        file.line("");
        file.line("    public " + table.daoName() + "(DynamoDbClient dynamo) {");
        file.line("        this(dynamo, TABLE_NAME);");
        file.line("    }");
        file.line("");
        file.doc(4, "A DAO on another table of the same design, e.g. a test's own table.");
        file.line("    public " + table.daoName() + "(DynamoDbClient dynamo, String tableName) {");
        file.line("        this.dynamo = dynamo;");
        file.line("        this.tableName = tableName;");
        file.line("    }");
        for (Entity entity : table.entities()) {
            file.line("");
            String suffix = table.target().singleTable() ? entity.className() : "";
            reads(file, entity, suffix);
            writes(file, entity, suffix);
        }
        return file.line("}");
    }

    /** The entity check of a single table ({@code Items.isEntity}), or {@code null} for a table of one entity. */
    private static String entity(Entity entity) {
        return entity.entityType() == null ? "null" : entity.className() + ".ENTITY";
    }

    private static void reads(JavaFile file, Entity entity, String suffix) {
        String type = entity.className();
        List<Field> keyFields = entity.keyFields();
        DaoParts.getDoc(file);
        file.line("    public Optional<" + type + "> get" + suffix + "(" + DaoParts.params(keyFields) + ") {");
        file.line("        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tableName).key(" + type + ".key("
                + DaoParts.args(keyFields) + "))).item();");
        file.line("        return Items.isEntity(item, " + entity(entity) + ") ? Optional.of(" + type + ".fromItem(item)) : Optional.empty();");
        file.line("    }");
        file.line("");
        for (Query query : entity.queries()) {
            file.imports(MODEL + "QueryResponse");
            DaoParts.queryDoc(file, query);
            file.line("    public Page<" + type + "> " + query.method() + "(" + DaoParts.params(query.key().columns())
                    + ", int pageSize, Map<String, AttributeValue> exclusiveStartKey) {");
            String index = query.indexName() == null ? "null" : JavaNames.literal(query.indexName());
            file.line("        QueryResponse response = dynamo.query(Items.query(tableName, " + index + ", "
                    + JavaNames.literal(query.key().attribute()) + ",");
            file.line("                " + KeyExpressions.attribute(query.key(), DaoParts::param, true) + ",");
            file.line("                " + entity(entity) + ", pageSize, exclusiveStartKey));");
            file.line("        return new Page<>(response.items().stream().map(" + type + "::fromItem).toList(), response.lastEvaluatedKey());");
            file.line("    }");
            file.line("");
        }
    }

    private static void writes(JavaFile file, Entity entity, String suffix) {
        String type = entity.className();
        DaoParts.insertDoc(file);
        file.line("    public void insert" + suffix + "(" + type + " item) {");
        file.line("        try {");
        file.line("            dynamo.putItem(b -> b.tableName(tableName).item(item.toItem())");
        file.line("                    .conditionExpression(\"attribute_not_exists(#pk)\").expressionAttributeNames(Map.of(\"#pk\", PARTITION_KEY)));");
        file.line("        } catch (ConditionalCheckFailedException e) {");
        file.line("            throw new DuplicateKeyException(tableName, " + DaoParts.keyText(entity) + ", e);");
        file.line("        }");
        file.line("    }");
        file.line("");
        DaoParts.updateDoc(file);
        file.line("    public Optional<" + type + "> update" + suffix + "(" + type + " item) {");
        file.line("        try {");
        file.line("            return Optional.of(" + type + ".fromItem(dynamo.updateItem(Items.updateExisting(tableName, PARTITION_KEY,");
        file.line("                    item.itemKey(), item.toItem(), " + type + ".ATTRIBUTES)).attributes()));");
        file.line("        } catch (ConditionalCheckFailedException e) {");
        file.line("            return Optional.empty();");
        file.line("        }");
        file.line("    }");
        file.line("");
        List<Field> keyFields = entity.keyFields();
        file.imports(MODEL + "ReturnValue");
        DaoParts.deleteDoc(file);
        file.line("    public Optional<" + type + "> delete" + suffix + "(" + DaoParts.params(keyFields) + ") {");
        file.line("        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(tableName).key(" + type + ".key("
                + DaoParts.args(keyFields) + ")).returnValues(ReturnValue.ALL_OLD)).attributes();");
        file.line("        return Items.isEntity(old, " + entity(entity) + ") ? Optional.of(" + type + ".fromItem(old)) : Optional.empty();");
        file.line("    }");
    }
}
