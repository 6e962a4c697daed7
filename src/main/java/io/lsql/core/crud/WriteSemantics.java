package io.lsql.core.crud;

/** How DynamoDB writes behave. */
public enum WriteSemantics {
    /** As MySQL: insert = PutItem if attribute_not_exists(pk) (a duplicate is error 1062), update = UpdateItem if attribute_exists(pk) (no upsert). */
    MYSQL,
    /** DynamoDB's own: PutItem replaces, UpdateItem creates a missing item. */
    NATIVE
}
