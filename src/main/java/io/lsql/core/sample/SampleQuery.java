package io.lsql.core.sample;

/** A sample query of sample-schema/queries with the technique and DynamoDB pattern it shows. */
public record SampleQuery(String file, String technique, String pattern, String keys, String hint, String sql) {
}
