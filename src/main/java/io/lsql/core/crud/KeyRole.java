package io.lsql.core.crud;

/** Which part of a table's or an index's key an attribute is. */
public enum KeyRole {
    PARTITION, SORT
}
