package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.KeyValue;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.KeyTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Java expressions that build a key attribute's value as the migration does ({@link KeyTemplate#render}): a plain
 * column keeps its type, a template is text with zero-padded numbers and, with several columns, escaped text.
 */
final class KeyExpressions {

    private KeyExpressions() {
    }

    /**
     * An AttributeValue expression for {@code key}, reading each column's value through {@code value}.
     *
     * @param required wrap each value in {@code Keys.required} (a table key), else the caller checked them for null
     */
    static String attribute(KeyValue key, Function<Field, String> value, boolean required) {
        Function<Field, String> read = required
                ? f -> "Keys.required(" + value.apply(f) + ", " + JavaNames.literal(f.column()) + ")" : value;
        if (key.template() == null) {
            Field field = key.columns().get(0);
            return field.type().toAttribute(read.apply(field));
        }
        if (key.isCopy() && key.template().type() != AttributeType.S) {
            Field field = key.columns().get(0);
            return key.template().type() == AttributeType.B ? "AttributeValue.fromB(" + read.apply(field) + ")"
                    : "AttributeValue.fromN(" + field.type().keyText(read.apply(field)) + ")";
        }
        boolean hasLiteral = key.template().parts().stream().anyMatch(p -> p.literal() != null && !p.literal().isEmpty());
        return hasLiteral ? "AttributeValue.fromS(" + text(key, read) + ")"
                : "AttributeValue.fromS(Keys.nonEmpty(" + text(key, read) + ", " + JavaNames.literal(key.attribute()) + "))";
    }

    /**
     * The text of an S key: literals, and each column's text, numbers padded as the template says and, with several
     * columns, text escaped as {@link KeyTemplate#render} escapes it.
     */
    static String text(KeyValue key, Function<Field, String> value) {
        KeyTemplate template = key.template();
        List<String> pieces = new ArrayList<>();
        boolean escaped = key.columns().size() > 1;
        int column = 0;
        for (KeyTemplate.Part part : template.parts()) {
            if (part.literal() != null) {
                pieces.add(JavaNames.literal(part.literal()));
                continue;
            }
            Field field = key.columns().get(column++);
            String text = field.type().keyText(value.apply(field));
            boolean numeric = field.type() == JavaType.LONG || field.type() == JavaType.DECIMAL || field.type() == JavaType.BOOLEAN;
            if (numeric && part.padWidth() > 0) {
                text = "Keys.pad(" + text + ", " + part.padWidth() + ")";
            } else if (!numeric && escaped) {
                text = "Keys.escape(" + text + ")";
            }
            pieces.add(text);
        }
        return String.join(" + ", pieces);
    }
}
