package io.lsql.core.schema;

public enum TableKind { TABLE, VIEW }
