package io.lsql.core.crud;

/**
 * Renders a {@link DynamoCall} (and the SQL of the same operation) as the AWS CLI, Java SDK v2 low-level and
 * Enhanced Client code, and PartiQL, with the call's readable placeholder names ({@code :pk}, {@code #name}).
 */
public final class CodeRenderer {

    private CodeRenderer() {
    }

    /** Every form for one operation; {@code sql} may be {@code null}. */
    public static CodeSamples render(SqlStatement sql, DynamoCall call) {
        return new CodeSamples(sql == null ? null : sql.withValues(), awsCli(call), javaLowLevel(call), javaEnhanced(call),
                partiql(call));
    }

    /** {@code aws dynamodb <op> --cli-input-json '<json>'}. */
    public static String awsCli(DynamoCall call) {
        throw new UnsupportedOperationException();
    }

    /** Java SDK v2 with {@code DynamoDbClient} and request builders. */
    public static String javaLowLevel(DynamoCall call) {
        throw new UnsupportedOperationException();
    }

    /** Java SDK v2 Enhanced Client over a bean of the table. */
    public static String javaEnhanced(DynamoCall call) {
        throw new UnsupportedOperationException();
    }

    /** PartiQL for the same operation, or a sentence saying why it has none. */
    public static String partiql(DynamoCall call) {
        throw new UnsupportedOperationException();
    }
}
