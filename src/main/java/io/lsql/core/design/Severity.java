package io.lsql.core.design;

public enum Severity { INFO, WARNING, ERROR }
