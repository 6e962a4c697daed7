package io.lsql.core.codegen;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.Transform;
import io.lsql.core.mapping.ValueKind;

/**
 * The Java type of one attribute in generated code, with the code that writes it to and reads it from an
 * {@code AttributeValue} (low-level items) and a sample value for the generated tests.
 */
enum JavaType {
    STRING("String"),
    /** N from an integer column: fits a long. */
    LONG("Long"),
    /** N from any other number: exact. */
    DECIMAL("BigDecimal"),
    BOOLEAN("Boolean"),
    BYTES("SdkBytes"),
    STRING_SET("Set<String>"),
    /** A JSON document (M, L, S, N, BOOL or NULL) or another type kept as DynamoDB holds it. */
    RAW("AttributeValue");

    private final String javaName;

    JavaType(String javaName) {
        this.javaName = javaName;
    }

    String javaName() {
        return javaName;
    }

    /** The type an attribute written as {@code type} from a column read as {@code kind} under {@code transform} gets. */
    static JavaType of(AttributeType type, ValueKind kind, boolean unsignedBigint, Transform transform) {
        return switch (type) {
            case S -> STRING;
            case N -> integral(kind, unsignedBigint, transform) ? LONG : DECIMAL;
            case BOOL -> BOOLEAN;
            case B -> BYTES;
            case SS -> STRING_SET;
            default -> RAW;
        };
    }

    private static boolean integral(ValueKind kind, boolean unsignedBigint, Transform transform) {
        if (transform == Transform.EPOCH_SECONDS || transform == Transform.EPOCH_MILLIS) {
            return true;
        }
        return switch (kind) {
            case INTEGER -> !unsignedBigint;
            case BOOL_NUMBER, BOOL_BIT -> true;
            default -> false;
        };
    }

    /** True for the types a key attribute (S, N or B) can be built from. */
    boolean canBeKey() {
        return this != STRING_SET && this != RAW;
    }

    /** The DynamoDB type this Java type is written as by the Enhanced Client's default converters. */
    AttributeType enhancedType() {
        return switch (this) {
            case STRING -> AttributeType.S;
            case LONG, DECIMAL -> AttributeType.N;
            case BOOLEAN -> AttributeType.BOOL;
            case BYTES -> AttributeType.B;
            case STRING_SET -> AttributeType.SS;
            case RAW -> AttributeType.DOCUMENT;
        };
    }

    /** An expression writing non-null {@code value} as an AttributeValue; {@code null} when the value writes nothing. */
    String toAttribute(String value) {
        return switch (this) {
            case STRING -> "AttributeValue.fromS(" + value + ")";
            case LONG -> "AttributeValue.fromN(Long.toString(" + value + "))";
            case DECIMAL -> "AttributeValue.fromN(" + value + ".toPlainString())";
            case BOOLEAN -> "AttributeValue.fromBool(" + value + ")";
            case BYTES -> "AttributeValue.fromB(" + value + ")";
            case STRING_SET -> "AttributeValue.fromSs(new ArrayList<>(" + value + "))";
            case RAW -> value;
        };
    }

    /** An expression reading non-null AttributeValue {@code value}. */
    String fromAttribute(String value) {
        return switch (this) {
            case STRING -> value + ".s()";
            case LONG -> "Long.valueOf(" + value + ".n())";
            case DECIMAL -> "new BigDecimal(" + value + ".n())";
            case BOOLEAN -> value + ".bool()";
            case BYTES -> value + ".b()";
            case STRING_SET -> "new LinkedHashSet<>(" + value + ".ss())";
            case RAW -> value;
        };
    }

    /** The text a key template writes for non-null {@code value} (before escaping and padding). */
    String keyText(String value) {
        return switch (this) {
            case STRING -> value;
            case LONG -> "Long.toString(" + value + ")";
            case DECIMAL -> value + ".toPlainString()";
            case BOOLEAN -> "(" + value + " ? \"1\" : \"0\")";
            case BYTES -> "Base64.getEncoder().encodeToString(" + value + ".asByteArray())";
            case STRING_SET, RAW -> throw new IllegalStateException(this + " cannot be part of a key");
        };
    }

    /** A sample value for item number {@code n} (an int expression); {@code label} tells samples of fields apart. */
    String sample(String label, String n) {
        String text = JavaNames.literal(label + "-") + " + " + n;
        return switch (this) {
            case STRING -> text;
            case LONG -> "(long) " + n;
            case DECIMAL -> "new BigDecimal(" + n + " + \".5\")";
            case BOOLEAN -> n + " % 2 == 0";
            case BYTES -> "SdkBytes.fromUtf8String(" + text + ")";
            case STRING_SET -> "Set.of(" + text + ", \"x\")";
            case RAW -> "AttributeValue.fromM(Map.of(\"n\", AttributeValue.fromN(Integer.toString(" + n + "))))";
        };
    }
}
