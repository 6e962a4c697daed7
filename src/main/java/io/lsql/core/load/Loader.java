package io.lsql.core.load;

import java.io.IOException;

/**
 * Moves a run's staged items into one DynamoDB table. Two implementations, picked by {@link LoadMethod}:
 * {@link ImportTableLoader} (ImportTable creates the table from the staged S3 prefix) and
 * {@link BatchWriteLoader} (BatchWriteItem, or conditional PutItem, into a new or existing table). Both
 * checkpoint their progress for the table in the stage ({@link LoadCheckpoints}), so a load cut off is
 * resumed by calling the same kind of loader with the same request.
 */
public interface Loader {

    /** Loads the request's staged items into the table its CreateTable input names. */
    LoadResult load(LoadRequest request) throws IOException;
}
