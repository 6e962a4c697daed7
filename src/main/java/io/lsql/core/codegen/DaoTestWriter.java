package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.Query;
import io.lsql.core.codegen.CodegenModel.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The JUnit test of one DAO: creates a table of its own, runs get, insert (a duplicate refused), update (a missing
 * key not upserted), delete (the old item returned) and every query across several pages, then deletes the table.
 */
final class DaoTestWriter {

    private DaoTestWriter() {
    }

    static JavaFile write(String packageName, Table table) {
        String dao = table.daoName();
        JavaFile file = new JavaFile(packageName, dao + "Test");
        file.imports("org.junit.jupiter.api.AfterAll", "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.Test",
                "java.util.Optional", "java.util.UUID", "software.amazon.awssdk.services.dynamodb.DynamoDbClient",
                "static org.junit.jupiter.api.Assertions.assertEquals");
        file.doc(0, JavaNames.doc("Runs " + dao + " against the DynamoDB at DynamoDbTestClient.ENDPOINT, on a table of its own "
                + "with the design of " + table.target().table() + ", created here and deleted afterwards."));
        file.line("class " + dao + "Test {");
        file.line("");
        String prefix = table.target().table().length() > 200 ? table.target().table().substring(0, 200) : table.target().table();
        file.line("    private static final String TABLE = " + JavaNames.literal(prefix + "-test-")
                + " + UUID.randomUUID().toString().substring(0, 8);");
        file.line("");
        setUpAndTearDown(file, table);
        boolean single = table.target().singleTable();
        for (int e = 0; e < table.entities().size(); e++) {
            Entity entity = table.entities().get(e);
            String suffix = single ? entity.className() : "";
            file.line("");
            writes(file, entity, suffix);
            for (int q = 0; q < entity.queries().size(); q++) {
                query(file, entity, suffix, entity.queries().get(q), 100 * (q + 1));
            }
            TestSetupWriter.sample(file, entity, suffix, single ? entity.className() + "." : "", 10_000 * e);
        }
        return file.line("}");
    }

    private static void setUpAndTearDown(JavaFile file, Table table) {
        String dao = table.daoName();
        file.line("    private static DynamoDbClient dynamo;");
        file.line("    private static " + dao + " dao;");
        file.line("");
        file.line("    @BeforeAll");
        file.line("    static void createTable() {");
        file.line("        dynamo = DynamoDbTestClient.create();");
        TestSetupWriter.createTable(file, table.target());
        if (table.enhanced()) {
            file.imports("software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient");
            file.line("        dao = new " + dao + "(DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build(), TABLE);");
        } else {
            file.line("        dao = new " + dao + "(dynamo, TABLE);");
        }
        file.line("    }");
        file.line("");
        file.line("    @AfterAll");
        file.line("    static void deleteTable() {");
        file.line("        if (dynamo != null) {");
        file.line("            dynamo.deleteTable(b -> b.tableName(TABLE));");
        file.line("            dynamo.close();");
        file.line("        }");
        file.line("    }");
    }

    private static void writes(JavaFile file, Entity entity, String suffix) {
        inserts(file, entity, suffix);
        updatesAndDeletes(file, entity, suffix);
    }

    private static void inserts(JavaFile file, Entity entity, String suffix) {
        String type = entity.className();
        String keys = DaoParts.itemArgs(entity.keyFields());
        List<Field> values = entity.valueFields();
        test(file, "insertThenGet" + suffix + "ReturnsTheSameItem");
        file.line("        " + type + " item = sample" + suffix + "(1);");
        file.line("        dao.insert" + suffix + "(item);");
        file.line("        assertEquals(Optional.of(item), dao.get" + suffix + "(" + keys + "));");
        file.line("    }");
        file.line("");
        file.imports("static org.junit.jupiter.api.Assertions.assertThrows");
        test(file, "insert" + suffix + "RefusesADuplicateKeyAndChangesNothing");
        file.line("        " + type + " item = sample" + suffix + "(2);");
        file.line("        dao.insert" + suffix + "(item);");
        file.line("        " + type + " again = sample" + suffix + "(2);");
        change(file, "again", suffix, values, 1002, false);
        file.line("        assertThrows(DuplicateKeyException.class, () -> dao.insert" + suffix + "(again));");
        file.line("        assertEquals(Optional.of(item), dao.get" + suffix + "(" + keys + "));");
        file.line("    }");
        file.line("");
    }

    private static void updatesAndDeletes(JavaFile file, Entity entity, String suffix) {
        String type = entity.className();
        String keys = DaoParts.itemArgs(entity.keyFields());
        test(file, "update" + suffix + "OfAMissingKeyWritesNothing");
        file.line("        " + type + " item = sample" + suffix + "(3);");
        file.line("        assertEquals(Optional.empty(), dao.update" + suffix + "(item));");
        file.line("        assertEquals(Optional.empty(), dao.get" + suffix + "(" + keys + "));");
        file.line("    }");
        file.line("");
        List<Field> values = entity.valueFields();
        test(file, "update" + suffix + "ChangesTheStoredItem");
        file.line("        " + type + " item = sample" + suffix + "(4);");
        file.line("        dao.insert" + suffix + "(item);");
        change(file, "item", suffix, values, 1004, true);
        file.line("        assertEquals(Optional.of(item), dao.update" + suffix + "(item));");
        file.line("        assertEquals(Optional.of(item), dao.get" + suffix + "(" + keys + "));");
        file.line("    }");
        file.line("");
        test(file, "delete" + suffix + "ReturnsTheOldItem");
        file.line("        " + type + " item = sample" + suffix + "(5);");
        file.line("        dao.insert" + suffix + "(item);");
        file.line("        assertEquals(Optional.of(item), dao.delete" + suffix + "(" + keys + "));");
        file.line("        assertEquals(Optional.empty(), dao.get" + suffix + "(" + keys + "));");
        file.line("        assertEquals(Optional.empty(), dao.delete" + suffix + "(" + keys + "));");
        file.line("    }");
        file.line("");
    }

    /** Gives the first value field another sample's value and, with {@code clearLast}, clears the last one. */
    private static void change(JavaFile file, String item, String suffix, List<Field> values, int other, boolean clearLast) {
        if (values.isEmpty()) {
            return;
        }
        Field first = values.get(0);
        file.line("        " + item + "." + first.setter() + "(sample" + suffix + "(" + other + ")." + first.getter() + "());");
        if (clearLast && values.size() > 1) {
            file.line("        " + item + "." + values.get(values.size() - 1).setter() + "(null);");
        }
    }

    /** Items sharing the queried key value (as many as the table key lets share it) come back over pages of 2. */
    private static void query(JavaFile file, Entity entity, String suffix, Query query, int base) {
        String type = entity.className();
        List<Field> varying = new ArrayList<>(entity.keyFields());
        varying.removeAll(query.key().columns());
        int count = varying.isEmpty() ? 1 : 3;
        file.imports("java.util.ArrayList", "java.util.List", "java.util.Map",
                "software.amazon.awssdk.services.dynamodb.model.AttributeValue");
        test(file, query.method() + "ReadsEveryMatchPageByPage");
        file.line("        " + type + " group = sample" + suffix + "(" + base + ");");
        file.line("        List<" + type + "> items = new ArrayList<>();");
        file.line("        for (int n = " + base + "; n < " + (base + count) + "; n++) {");
        file.line("            " + type + " item = sample" + suffix + "(n);");
        for (Field field : query.key().columns()) {
            file.line("            item." + field.setter() + "(group." + field.getter() + "());");
        }
        file.line("            dao.insert" + suffix + "(item);");
        file.line("            items.add(item);");
        file.line("        }");
        file.line("        List<" + type + "> found = new ArrayList<>();");
        file.line("        int pages = 0;");
        file.line("        Map<String, AttributeValue> next = null;");
        file.line("        do {");
        String args = DaoParts.itemArgs(query.key().columns()).replace("item.", "group.");
        file.line("            Page<" + type + "> page = dao." + query.method() + "(" + args + ", 2, next);");
        file.line("            found.addAll(page.items());");
        file.line("            next = page.nextKey();");
        file.line("            pages++;");
        file.line("        } while (next != null && pages < 10);");
        file.line("        assertEquals(" + count + ", found.size());");
        if (count > 2) {
            file.imports("static org.junit.jupiter.api.Assertions.assertTrue");
            file.line("        assertTrue(pages >= 2, \"pages: \" + pages);");
        }
        if (query.allProjected()) {
            file.imports("java.util.HashSet");
            file.line("        assertEquals(new HashSet<>(items), new HashSet<>(found));");
        }
        file.line("    }");
        file.line("");
    }

    private static void test(JavaFile file, String name) {
        file.line("    @Test");
        file.line("    void " + name + "() {");
    }
}
