package io.lsql.core.mapping;

/** DynamoDB attribute types as they appear in AttributeDefinitions and DynamoDB JSON. */
public enum AttributeType {
    S, N, B, BOOL, SS, NS, BS, M, L, NULL,
    /** A JSON column: becomes M, L, S, N, BOOL or NULL depending on each value. */
    DOCUMENT;

    /** Only S, N and B may be key attributes. */
    public boolean isKeyType() {
        return this == S || this == N || this == B;
    }
}
