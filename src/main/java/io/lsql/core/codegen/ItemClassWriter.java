package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts every generated item class shares: its javadoc, fields, accessors, equals, hashCode and toString.
 * The Enhanced Client's bean annotates its getters; the low-level item class adds its item mapping.
 */
final class ItemClassWriter {

    private ItemClassWriter() {
    }

    static void importType(JavaFile file, JavaType type) {
        switch (type) {
            case DECIMAL -> file.imports("java.math.BigDecimal");
            case BYTES -> file.imports("software.amazon.awssdk.core.SdkBytes");
            case STRING_SET -> file.imports("java.util.Set");
            case RAW -> file.imports("software.amazon.awssdk.services.dynamodb.model.AttributeValue");
            default -> {
            }
        }
    }

    static void classDoc(JavaFile file, Target target, Entity entity, String how) {
        String source = entity.source().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + entity.source().name();
        List<String> columns = entity.fields().stream().map(Field::column).toList();
        file.doc(0, "An item of DynamoDB table " + JavaNames.doc(target.table()) + ", from MySQL "
                        + JavaNames.doc(source) + (entity.entityType() == null ? "" : " (entity " + JavaNames.doc(entity.entityType()) + ")") + ".",
                "", "<p>Columns: " + JavaNames.doc(String.join(", ", columns)) + ". " + how);
    }

    static void fields(JavaFile file, Entity entity) {
        for (Field field : entity.fields()) {
            importType(file, field.type());
            file.line("    private " + field.type().javaName() + " " + field.name() + ";");
        }
        file.line("");
    }

    /** The javadoc of a field's getter: where it comes from and which keys it is. */
    static String fieldDoc(Entity entity, Field field, Target target) {
        String from = "MySQL column " + field.column() + " (" + field.sqlType() + ")";
        String to = field.attribute() == null ? ", kept only in keys" : ", attribute " + field.attribute();
        List<String> roles = new ArrayList<>();
        for (KeyValue key : entity.tableKeys()) {
            if (key.columns().contains(field)) {
                roles.add((key == entity.partitionKey() ? "partition" : "sort") + " key " + key.attribute()
                        + (key.isCopy() ? "" : " (" + key.template().template() + ")"));
            }
        }
        for (Index index : target.indexes()) {
            if (index.partitionKey().name().equals(field.attribute())) {
                roles.add("partition key of index " + index.name());
            }
            if (index.sortKey() != null && index.sortKey().name().equals(field.attribute())) {
                roles.add("sort key of index " + index.name());
            }
        }
        return JavaNames.doc(from + to + (roles.isEmpty() ? "" : "; " + String.join(", ", roles)) + ".");
    }

    static void accessors(JavaFile file, Field field) {
        String type = field.type().javaName();
        file.line("    public " + type + " " + field.getter() + "() {");
        file.line("        return " + field.name() + ";");
        file.line("    }");
        file.line("");
        file.line("    public void " + field.setter() + "(" + type + " " + field.name() + ") {");
        file.line("        this." + field.name() + " = " + field.name() + ";");
        file.line("    }");
        file.line("");
    }

    static void equalsHashCodeToString(JavaFile file, Entity entity) {
        file.imports("java.util.Objects");
        String name = entity.className();
        List<String> names = entity.fields().stream().map(Field::name).toList();
        file.line("    @Override");
        file.line("    public boolean equals(Object other) {");
        file.line("        if (!(other instanceof " + name + " that)) {");
        file.line("            return false;");
        file.line("        }");
        List<String> checks = names.stream().map(n -> "Objects.equals(" + n + ", that." + n + ")").toList();
        file.line("        return " + String.join("\n                && ", checks) + ";");
        file.line("    }");
        file.line("");
        file.line("    @Override");
        file.line("    public int hashCode() {");
        file.line("        return Objects.hash(" + String.join(", ", names) + ");");
        file.line("    }");
        file.line("");
        file.line("    @Override");
        file.line("    public String toString() {");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(JavaNames.literal((i == 0 ? name + "{" : ", ") + names.get(i) + "=") + " + " + names.get(i));
        }
        file.line("        return " + String.join("\n                + ", parts) + " + \"}\";");
        file.line("    }");
    }
}
