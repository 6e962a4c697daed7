package io.lsql.cli;

import io.lsql.core.stage.StageCompression;
import picocli.CommandLine.Option;

/** Staging and parallelism. */
public final class RunOptions {

    @Option(names = "--stage", paramLabel = "URI", description = "file:///dir or s3://bucket/prefix for the DynamoDB JSON files.")
    String stage;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "4", description = "Parallel readers and writers (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--file-size", paramLabel = "MB", defaultValue = "64", description = "Uncompressed size per staged file (default ${DEFAULT-VALUE}).")
    int fileSizeMb;

    @Option(names = "--snapshot", paramLabel = "MODE",
            description = "lock: the readers share one consistent snapshot, opened under a global read lock held for "
                    + "milliseconds and waited for at most 10 s (else a snapshot per reader, and the summary says so); "
                    + "none: a snapshot per reader, never a global lock. Default: lock when there is more than one reader.")
    String snapshot;

    @Option(names = "--compression", paramLabel = "CODEC",
            description = "How the staged files are compressed: gzip (default), zstd (faster and smaller; ImportTable reads "
                    + "both) or none.")
    StageCompression compression;

    @Option(names = "--no-gzip", description = "Stage plain JSON: the same as --compression none.")
    boolean noGzip;

    /** --compression, else none with --no-gzip, else gzip. */
    StageCompression compression() {
        return compression != null ? compression : noGzip ? StageCompression.NONE : StageCompression.GZIP;
    }

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;
}
