package io.lsql.core.crud;

/** The DynamoDB attribute types an item editor offers, as they appear in DynamoDB JSON. */
public enum ItemType {
    S, N, B, BOOL, NULL, SS, NS, BS, M, L;

    /** Only S, N and B may be key attributes. */
    public boolean isKeyType() {
        return this == S || this == N || this == B;
    }
}
