package io.lsql.core.patterns;

/** The kind of statement a pattern is; OTHER covers DDL, SET, CALL and what could not be parsed. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, OTHER
}
