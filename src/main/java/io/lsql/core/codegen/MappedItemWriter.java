package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The item class of a table the low-level client serves (composite key templates, single-table designs): plain
 * fields plus the mapping to and from a DynamoDB item, keys built exactly as the migration builds them.
 */
final class MappedItemWriter {

    private MappedItemWriter() {
    }

    static JavaFile write(String packageName, Target target, Entity entity) {
        JavaFile file = new JavaFile(packageName, entity.className());
        file.imports("java.util.HashMap", "java.util.List", "java.util.Map",
                "software.amazon.awssdk.services.dynamodb.model.AttributeValue");
        ItemClassWriter.classDoc(file, target, entity, "Mapped by its own toItem and fromItem: its keys are built from "
                + "templates, which the low-level client writes as they are.");
        file.line("public class " + entity.className() + " {");
        file.line("");
        if (entity.entityType() != null) {
            file.doc(4, JavaNames.doc("The value of " + TargetSource.ENTITY_ATTRIBUTE + " on these items in the single table."));
            file.line("    public static final String ENTITY = " + JavaNames.literal(entity.entityType()) + ";");
            file.line("");
        }
        file.doc(4, "Every attribute the item may hold besides its table key: an update removes those a null field leaves out.");
        file.line("    static final List<String> ATTRIBUTES = List.of(" + String.join(", ", attributes(entity).stream()
                .map(JavaNames::literal).toList()) + ");");
        file.line("");
        ItemClassWriter.fields(file, entity);
        for (Field field : entity.fields()) {
            file.doc(4, ItemClassWriter.fieldDoc(entity, field, target));
            ItemClassWriter.accessors(file, field);
        }
        key(file, entity);
        toItem(file, entity);
        fromItem(file, entity);
        ItemClassWriter.equalsHashCodeToString(file, entity);
        file.importIfUsed("java.util.ArrayList", "new ArrayList<>(").importIfUsed("java.util.Base64", "Base64.");
        return file.line("}");
    }

    static List<String> attributes(Entity entity) {
        List<String> names = new ArrayList<>(entity.storedFields().stream().map(Field::attribute).toList());
        entity.derived().forEach(k -> names.add(k.attribute()));
        if (entity.entityType() != null) {
            names.add(TargetSource.ENTITY_ATTRIBUTE);
        }
        return names.stream().distinct().toList();
    }

    private static void key(JavaFile file, Entity entity) {
        List<Field> keyFields = entity.keyFields();
        file.doc(4, "The table key of the item with these key values.");
        file.line("    public static Map<String, AttributeValue> key(" + DaoParts.params(keyFields) + ") {");
        file.line("        Map<String, AttributeValue> key = new HashMap<>();");
        for (KeyValue part : entity.tableKeys()) {
            file.line("        key.put(" + JavaNames.literal(part.attribute()) + ", "
                    + KeyExpressions.attribute(part, DaoParts::param, true) + ");");
        }
        file.line("        return key;");
        file.line("    }");
        file.line("");
        file.doc(4, "This item's table key.");
        file.line("    public Map<String, AttributeValue> itemKey() {");
        file.line("        return key(" + String.join(", ", keyFields.stream().map(f -> "this." + f.name()).toList()) + ");");
        file.line("    }");
        file.line("");
    }

    private static void toItem(JavaFile file, Entity entity) {
        Function<Field, String> value = f -> "this." + f.name();
        file.doc(4, "The item as the migration writes it: NULL columns left out"
                + (entity.source().writeNulls() ? " (written as NULL attributes)" : "") + ", index keys only where complete.");
        file.line("    public Map<String, AttributeValue> toItem() {");
        file.line("        Map<String, AttributeValue> item = itemKey();");
        for (Field field : entity.storedFields()) {
            file.line("        if (this." + field.name() + " != null) {");
            file.line("            item.put(" + JavaNames.literal(field.attribute()) + ", " + field.type().toAttribute("this." + field.name()) + ");");
            if (entity.source().writeNulls()) {
                file.line("        } else {");
                file.line("            item.put(" + JavaNames.literal(field.attribute()) + ", AttributeValue.fromNul(true));");
            }
            file.line("        }");
        }
        for (KeyValue derived : entity.derived()) {
            String present = String.join(" && ", derived.columns().stream().map(f -> "this." + f.name() + " != null").distinct().toList());
            file.line("        if (" + present + ") {");
            String expression = KeyExpressions.attribute(derived, value, false);
            if (expression.contains("Keys.nonEmpty(")) {
                file.line("            String text = " + KeyExpressions.text(derived, value) + ";");
                file.line("            if (!text.isEmpty()) {");
                file.line("                item.put(" + JavaNames.literal(derived.attribute()) + ", AttributeValue.fromS(text));");
                file.line("            }");
            } else {
                file.line("            item.put(" + JavaNames.literal(derived.attribute()) + ", " + expression + ");");
            }
            file.line("        }");
        }
        if (entity.entityType() != null) {
            file.line("        item.put(" + JavaNames.literal(TargetSource.ENTITY_ATTRIBUTE) + ", AttributeValue.fromS(ENTITY));");
        }
        file.line("        return item;");
        file.line("    }");
        file.line("");
    }

    private static void fromItem(JavaFile file, Entity entity) {
        String type = entity.className();
        file.doc(4, "The item's values; attributes it lacks (or holds as NULL) stay null.");
        file.line("    public static " + type + " fromItem(Map<String, AttributeValue> item) {");
        file.line("        " + type + " result = new " + type + "();");
        file.line("        AttributeValue value;");
        for (Field field : entity.fields()) {
            if (field.attribute() == null) {
                continue;
            }
            file.line("        value = item.get(" + JavaNames.literal(field.attribute()) + ");");
            file.line("        if (value != null && !Boolean.TRUE.equals(value.nul())) {");
            if (field.type() == JavaType.STRING_SET) {
                file.imports("java.util.LinkedHashSet");
            } else if (field.type() == JavaType.DECIMAL) {
                file.imports("java.math.BigDecimal");
            }
            file.line("            result." + field.name() + " = " + field.type().fromAttribute("value") + ";");
            file.line("        }");
        }
        file.line("        return result;");
        file.line("    }");
        file.line("");
    }
}
