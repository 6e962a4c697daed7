package io.lsql.core.design;

/** Where a table design's key came from. */
public enum KeySource { PRIMARY_KEY, UNIQUE_INDEX, VIEW_BASE_TABLES, VIEW_KEY_COLUMNS, SYNTHETIC, USER_OVERRIDE }
