package io.lsql.cli;

import picocli.CommandLine.Option;

/** What to migrate and how its items are keyed. */
public final class SourceOptions {

    @Option(names = "--table", paramLabel = "NAME", description = "Source table.")
    String table;

    @Option(names = "--view", paramLabel = "NAME", description = "Source view.")
    String view;

    @Option(names = "--query", paramLabel = "SQL", description = "Source SELECT.")
    String query;

    @Option(names = "--target-table", paramLabel = "NAME", description = "DynamoDB table (default: the source's name).")
    String targetTable;

    @Option(names = "--partition-key", paramLabel = "EXPR",
            description = "Partition key: a column, a template such as CUST#{cust_id}, or NAME=TEMPLATE (default: the design's).")
    String partitionKey;

    @Option(names = "--sort-key", paramLabel = "EXPR", description = "Sort key, same forms, e.g. {ord_id}#{ord_line_id}.")
    String sortKey;

    @Option(names = "--rename", split = ",", paramLabel = "COL=NAME",
            description = "Write column COL as attribute NAME (repeatable or comma-separated).")
    java.util.Map<String, String> renames = new java.util.LinkedHashMap<>();

    @Option(names = "--drop", split = ",", paramLabel = "COL", description = "Leave column COL out of the items.")
    java.util.List<String> drops = new java.util.ArrayList<>();

    @Option(names = "--write-nulls", description = "Write NULL as {\"NULL\":true} instead of leaving the attribute out.")
    boolean writeNulls;
}
