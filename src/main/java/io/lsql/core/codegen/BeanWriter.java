package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The Enhanced Client bean of a table whose keys are plain columns: annotated getters, and a getter per index copy. */
final class BeanWriter {

    private static final String ANNOTATIONS = "software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.";

    private BeanWriter() {
    }

    static JavaFile write(String packageName, Target target, Entity entity) {
        JavaFile file = new JavaFile(packageName, entity.className());
        file.imports(ANNOTATIONS + "DynamoDbBean", ANNOTATIONS + "DynamoDbAttribute");
        ItemClassWriter.classDoc(file, target, entity, "Read and written by " + entity.className() + "Dao through the Enhanced Client.");
        file.line("@DynamoDbBean");
        file.line("public class " + entity.className() + " {");
        file.line("");
        ItemClassWriter.fields(file, entity);
        for (Field field : entity.fields()) {
            file.doc(4, ItemClassWriter.fieldDoc(entity, field, target));
            annotations(file, target, entity, field.attribute());
            ItemClassWriter.accessors(file, field);
        }
        NameScope names = new NameScope(Set.copyOf(entity.fields().stream().map(Field::name).toList()));
        for (KeyValue derived : entity.derived()) {
            copyAccessors(file, target, entity, derived, names.claim(JavaNames.memberName(derived.attribute())));
        }
        ItemClassWriter.equalsHashCodeToString(file, entity);
        return file.line("}");
    }

    /** An index key that copies a column: computed from it, left out (null) when empty so the index stays sparse. */
    private static void copyAccessors(JavaFile file, Target target, Entity entity, KeyValue key, String name) {
        Field field = key.columns().get(0);
        String type = field.type().javaName();
        String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        file.doc(4, JavaNames.doc("Index key " + key.attribute() + ": a copy of " + field.column()
                + ", left out when empty (DynamoDB refuses empty key values, and the index stays sparse)."));
        annotations(file, target, entity, key.attribute());
        file.line("    public " + type + " " + getter + "() {");
        String empty = switch (field.type()) {
            case STRING -> field.name() + " == null || " + field.name() + ".isEmpty()";
            case BYTES -> field.name() + " == null || " + field.name() + ".asByteArray().length == 0";
            default -> null;
        };
        file.line("        return " + (empty == null ? field.name() : empty + " ? null : " + field.name()) + ";");
        file.line("    }");
        file.line("");
        file.doc(4, "Ignored: the value follows " + field.setter() + "; the Enhanced Client needs a setter to map the attribute.");
        file.line("    public void set" + getter.substring(3) + "(" + type + " ignored) {");
        file.line("        // derived from " + field.name());
        file.line("    }");
        file.line("");
    }

    private static void annotations(JavaFile file, Target target, Entity entity, String attribute) {
        if (entity.partitionKey().attribute().equals(attribute)) {
            file.imports(ANNOTATIONS + "DynamoDbPartitionKey").line("    @DynamoDbPartitionKey");
        }
        if (entity.sortKey() != null && entity.sortKey().attribute().equals(attribute)) {
            file.imports(ANNOTATIONS + "DynamoDbSortKey").line("    @DynamoDbSortKey");
        }
        List<String> partitionOf = new ArrayList<>();
        List<String> sortOf = new ArrayList<>();
        for (Index index : target.indexes()) {
            if (index.partitionKey().name().equals(attribute)) {
                partitionOf.add(JavaNames.literal(index.name()));
            }
            if (index.sortKey() != null && index.sortKey().name().equals(attribute)) {
                sortOf.add(JavaNames.literal(index.name()));
            }
        }
        if (!partitionOf.isEmpty()) {
            file.imports(ANNOTATIONS + "DynamoDbSecondaryPartitionKey")
                    .line("    @DynamoDbSecondaryPartitionKey(indexNames = {" + String.join(", ", partitionOf) + "})");
        }
        if (!sortOf.isEmpty()) {
            file.imports(ANNOTATIONS + "DynamoDbSecondarySortKey")
                    .line("    @DynamoDbSecondarySortKey(indexNames = {" + String.join(", ", sortOf) + "})");
        }
        file.line("    @DynamoDbAttribute(" + JavaNames.literal(attribute) + ")");
    }
}
