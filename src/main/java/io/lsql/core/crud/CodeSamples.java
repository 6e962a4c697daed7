package io.lsql.core.crud;

/**
 * "Show the code" for one operation, every form ready to copy.
 *
 * @param sql          the SQL with its bound values, or {@code null} when the operation ran on DynamoDB only
 * @param awsCli       {@code aws dynamodb <op> --cli-input-json '<json>'}
 * @param javaLowLevel Java SDK v2, {@code DynamoDbClient}
 * @param javaEnhanced Java SDK v2 Enhanced Client ({@code Key.builder()…}, {@code QueryConditional…})
 * @param partiql      the PartiQL statement, or a sentence saying why PartiQL can't express the operation
 */
public record CodeSamples(String sql, String awsCli, String javaLowLevel, String javaEnhanced, String partiql) {
}
