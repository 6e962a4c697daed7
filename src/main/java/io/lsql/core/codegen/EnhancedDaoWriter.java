package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.codegen.CodegenModel.Query;
import io.lsql.core.codegen.CodegenModel.Table;

import java.util.List;

/** The DAO of a table a bean expresses: the five workshop operations through the Enhanced Client. */
final class EnhancedDaoWriter {

    private static final String ENHANCED = "software.amazon.awssdk.enhanced.dynamodb.";

    private EnhancedDaoWriter() {
    }

    static JavaFile write(String packageName, Table table) {
        Entity entity = table.entities().get(0);
        String item = entity.className();
        JavaFile file = new JavaFile(packageName, table.daoName());
        file.imports(ENHANCED + "DynamoDbEnhancedClient", ENHANCED + "DynamoDbTable", ENHANCED + "Expression", ENHANCED + "Key",
                ENHANCED + "TableSchema", ENHANCED + "mapper.BeanTableSchemaParams", "java.lang.invoke.MethodHandles", "java.util.Optional",
                "software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException");
        file.doc(0, JavaNames.doc("Data access for DynamoDB table " + table.target().table() + " through the Enhanced Client: get,")
                + " query, insert, update and delete with MySQL's meaning (insert never overwrites, update never inserts).");
        file.line("public final class " + table.daoName() + " {");
        file.line("");
        file.doc(4, "The table's name as designed.");
        file.line("    public static final String TABLE_NAME = " + JavaNames.literal(table.target().table()) + ";");
        file.line("");
        conditions(file, entity.partitionKey().attribute());
        constructors(file, table.daoName(), item);
        List<Field> keyFields = entity.keyFields();
        DaoParts.getDoc(file);
        file.line("    public Optional<" + item + "> get(" + DaoParts.params(keyFields) + ") {");
        file.line("        return Optional.ofNullable(table.getItem(key(" + DaoParts.args(keyFields) + ")));");
        file.line("    }");
        file.line("");
        entity.queries().forEach(query -> query(file, item, query));
        writes(file, entity);
        keyMethod(file, entity);
        if (!entity.queries().isEmpty()) {
            pageMethod(file);
        }
        return file.line("}");
    }

    private static void constructors(JavaFile file, String dao, String item) {
        file.line("    private final DynamoDbTable<" + item + "> table;");
        file.line("");
        file.line("    public " + dao + "(DynamoDbEnhancedClient enhanced) {");
        file.line("        this(enhanced, TABLE_NAME);");
        file.line("    }");
        file.line("");
        file.doc(4, "A DAO on another table of the same design, e.g. a test's own table.");
        file.line("    public " + dao + "(DynamoDbEnhancedClient enhanced, String tableName) {");
        file.line("        // this class's lookup lets the schema reach the bean from any class loader (app servers, tests)");
        file.line("        this.table = enhanced.table(tableName, TableSchema.fromBean(BeanTableSchemaParams.builder(" + item + ".class)");
        file.line("                .lookup(MethodHandles.lookup()).build()));");
        file.line("    }");
        file.line("");
    }

    private static void conditions(JavaFile file, String partitionAttribute) {
        String name = JavaNames.literal(partitionAttribute);
        file.line("    private static final Expression KEY_ABSENT = Expression.builder().expression(\"attribute_not_exists(#pk)\")");
        file.line("            .putExpressionName(\"#pk\", " + name + ").build();");
        file.line("    private static final Expression KEY_PRESENT = Expression.builder().expression(\"attribute_exists(#pk)\")");
        file.line("            .putExpressionName(\"#pk\", " + name + ").build();");
        file.line("");
    }

    private static void query(JavaFile file, String item, Query query) {
        file.imports("java.util.Map", "software.amazon.awssdk.services.dynamodb.model.AttributeValue");
        List<Field> fields = query.key().columns();
        DaoParts.queryDoc(file, query);
        file.line("    public Page<" + item + "> " + query.method() + "(" + DaoParts.params(fields)
                + ", int pageSize, Map<String, AttributeValue> exclusiveStartKey) {");
        String key = "Key.builder().partitionValue(" + DaoParts.args(fields) + ").build()";
        String source = query.indexName() == null ? "table" : "table.index(" + JavaNames.literal(query.indexName()) + ")";
        file.line("        return page(" + source + ".query(request(" + key + ", pageSize, exclusiveStartKey)));");
        file.line("    }");
        file.line("");
    }

    private static void writes(JavaFile file, Entity entity) {
        String item = entity.className();
        file.imports(ENHANCED + "model.PutItemEnhancedRequest", ENHANCED + "model.UpdateItemEnhancedRequest");
        DaoParts.insertDoc(file);
        file.line("    public void insert(" + item + " item) {");
        file.line("        try {");
        file.line("            table.putItem(PutItemEnhancedRequest.builder(" + item + ".class).item(item).conditionExpression(KEY_ABSENT).build());");
        file.line("        } catch (ConditionalCheckFailedException e) {");
        file.line("            throw new DuplicateKeyException(table.tableName(), " + DaoParts.keyText(entity) + ", e);");
        file.line("        }");
        file.line("    }");
        file.line("");
        DaoParts.updateDoc(file);
        file.line("    public Optional<" + item + "> update(" + item + " item) {");
        file.line("        try {");
        file.line("            return Optional.of(table.updateItem(UpdateItemEnhancedRequest.builder(" + item + ".class).item(item)");
        file.line("                    .conditionExpression(KEY_PRESENT).build()));");
        file.line("        } catch (ConditionalCheckFailedException e) {");
        file.line("            return Optional.empty();");
        file.line("        }");
        file.line("    }");
        file.line("");
        List<Field> keyFields = entity.keyFields();
        DaoParts.deleteDoc(file);
        file.line("    public Optional<" + item + "> delete(" + DaoParts.params(keyFields) + ") {");
        file.line("        return Optional.ofNullable(table.deleteItem(key(" + DaoParts.args(keyFields) + ")));");
        file.line("    }");
        file.line("");
    }

    private static void keyMethod(JavaFile file, Entity entity) {
        KeyValue partition = entity.partitionKey();
        file.line("    private static Key key(" + DaoParts.params(entity.keyFields()) + ") {");
        String sort = entity.sortKey() == null ? "" : ".sortValue(" + DaoParts.param(entity.sortKey().columns().get(0)) + ")";
        file.line("        return Key.builder().partitionValue(" + DaoParts.param(partition.columns().get(0)) + ")" + sort + ".build();");
        file.line("    }");
        file.line("");
    }

    private static void pageMethod(JavaFile file) {
        file.imports(ENHANCED + "model.QueryConditional", ENHANCED + "model.QueryEnhancedRequest",
                "software.amazon.awssdk.core.pagination.sync.SdkIterable", "java.util.Map",
                "software.amazon.awssdk.services.dynamodb.model.AttributeValue");
        file.line("    private static QueryEnhancedRequest request(Key key, int pageSize, Map<String, AttributeValue> exclusiveStartKey) {");
        file.line("        return QueryEnhancedRequest.builder().queryConditional(QueryConditional.keyEqualTo(key)).limit(pageSize)");
        file.line("                .exclusiveStartKey(exclusiveStartKey).build();");
        file.line("    }");
        file.line("");
        file.line("    private static <T> Page<T> page(SdkIterable<software.amazon.awssdk.enhanced.dynamodb.model.Page<T>> pages) {");
        file.line("        software.amazon.awssdk.enhanced.dynamodb.model.Page<T> first = pages.iterator().next();");
        file.line("        return new Page<>(first.items(), first.lastEvaluatedKey());");
        file.line("    }");
    }
}
