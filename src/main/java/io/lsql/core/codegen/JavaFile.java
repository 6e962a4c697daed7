package io.lsql.core.codegen;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One generated Java source: its package, the imports its code asked for, and its lines. */
final class JavaFile {

    /** Types the value classes and signatures use, imported wherever the code names them. */
    private static final Map<Pattern, String> VALUE_TYPES = Map.of(
            Pattern.compile("\\bBigDecimal\\b"), "java.math.BigDecimal",
            Pattern.compile("\\bSdkBytes\\b"), "software.amazon.awssdk.core.SdkBytes",
            Pattern.compile("\\bSet<"), "java.util.Set",
            Pattern.compile("\\bAttributeValue\\b"), "software.amazon.awssdk.services.dynamodb.model.AttributeValue",
            Pattern.compile("\\bMap<"), "java.util.Map");

    private final String packageName;
    private final String className;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder();

    JavaFile(String packageName, String className) {
        this.packageName = packageName;
        this.className = className;
    }

    String className() {
        return className;
    }

    /** Imports each fully qualified name (java.lang needs none). */
    JavaFile imports(String... names) {
        for (String name : names) {
            imports.add(name);
        }
        return this;
    }

    /** Imports {@code name} when the code so far uses {@code token}. */
    JavaFile importIfUsed(String name, String token) {
        if (body.indexOf(token) >= 0) {
            imports.add(name);
        }
        return this;
    }

    /** Appends a line; an empty text is an empty line. */
    JavaFile line(String text) {
        body.append(text.isEmpty() ? "" : text).append('\n');
        return this;
    }

    /** Appends a javadoc comment at {@code indent} spaces; each text is one line of it, already escaped. */
    JavaFile doc(int indent, String... lines) {
        String pad = " ".repeat(indent);
        if (lines.length == 1) {
            return line(pad + "/** " + lines[0] + " */");
        }
        line(pad + "/**");
        for (String text : lines) {
            line(text.isEmpty() ? pad + " *" : pad + " * " + text);
        }
        return line(pad + " */");
    }

    String text() {
        VALUE_TYPES.forEach((use, name) -> {
            if (use.matcher(body).find()) {
                imports.add(name);
            }
        });
        StringBuilder sb = new StringBuilder("package ").append(packageName).append(";\n\n");
        String group = null;
        for (String name : imports) {
            String top = name.startsWith("java.") ? "java" : "other";
            if (group != null && !group.equals(top)) {
                sb.append('\n');
            }
            group = top;
            sb.append("import ").append(name).append(";\n");
        }
        if (!imports.isEmpty()) {
            sb.append('\n');
        }
        return sb.append(body).toString();
    }
}
