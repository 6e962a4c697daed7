package io.lsql.core.crud;

/** Where an operation runs. */
public enum Engine {
    MYSQL, DYNAMODB, BOTH
}
