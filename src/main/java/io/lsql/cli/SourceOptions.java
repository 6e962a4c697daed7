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

    @Option(names = "--write-nulls", description = "Write NULL as {\"NULL\":true} instead of leaving the attribute out.")
    boolean writeNulls;
}
