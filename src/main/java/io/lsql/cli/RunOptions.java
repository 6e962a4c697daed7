package io.lsql.cli;

import picocli.CommandLine.Option;

/** Staging and parallelism. */
public final class RunOptions {

    @Option(names = "--stage", paramLabel = "URI", description = "file:///dir or s3://bucket/prefix for the DynamoDB JSON files.")
    String stage;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "4", description = "Parallel readers and writers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--file-size", paramLabel = "MB", defaultValue = "64", description = "Uncompressed size per staged file (default ${DEFAULT-VALUE}).")
    int fileSizeMb;

    @Option(names = "--no-gzip", description = "Stage plain JSON instead of gzip.")
    boolean noGzip;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;
}
