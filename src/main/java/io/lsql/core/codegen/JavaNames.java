package io.lsql.core.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for MySQL and DynamoDB names: {@code order_lines} becomes the class {@code OrderLines} and the field
 * {@code orderLines}; a Java keyword gets a trailing underscore ({@code class_}), a leading digit a leading one
 * ({@code _2fa}). Also the escapes that put any text safely into a string literal or a javadoc comment.
 */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null",
            "var", "yield", "record", "sealed", "permits", "_");

    private JavaNames() {
    }

    /** A class name: each word capitalised, e.g. {@code order_lines} or {@code order lines} to {@code OrderLines}. */
    public static String className(String name) {
        List<String> words = words(name);
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(capitalise(w)));
        return safe(sb.isEmpty() ? "Item" : sb.toString());
    }

    /** A field, parameter or method-part name: {@code cust_id} to {@code custId}, {@code PK} to {@code pk}. */
    public static String memberName(String name) {
        List<String> words = words(name);
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(sb.isEmpty() ? decapitalise(word) : capitalise(word));
        }
        return safe(sb.isEmpty() ? "value" : sb.toString());
    }

    /** True for a dotted Java package name such as {@code com.example.dynamo}, none of its parts a keyword. */
    public static boolean isPackageName(String name) {
        if (name == null || name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            return false;
        }
        for (String part : name.split("\\.")) {
            if (KEYWORDS.contains(part) || !Character.isJavaIdentifierStart(part.charAt(0))
                    || !part.chars().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} as a Java string literal, quotes included. */
    public static String literal(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code text} safe inside a javadoc comment: no comment end, no HTML, no unicode escape, no tag. */
    public static String doc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\", "&#92;").replace("\r", " ").replace("\n", " ");
    }

    /** Letter-and-digit runs; a run that is all capitals stays one word ({@code ID}), camel humps split ({@code ordId}). */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean part = Character.isLetterOrDigit(c);
            boolean hump = part && Character.isUpperCase(c) && word.length() > 0
                    && Character.isLowerCase(word.charAt(word.length() - 1));
            if (!part || hump) {
                flush(word, words);
            }
            if (part) {
                word.append(c);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalise(String word) {
        String rest = word.substring(1);
        return Character.toUpperCase(word.charAt(0)) + (isAllUpper(word) ? rest.toLowerCase(Locale.ROOT) : rest);
    }

    private static String decapitalise(String word) {
        return isAllUpper(word) ? word.toLowerCase(Locale.ROOT) : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isAllUpper(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    private static String safe(String name) {
        if (KEYWORDS.contains(name)) {
            return name + "_";
        }
        return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
    }
}
