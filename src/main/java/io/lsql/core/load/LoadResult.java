package io.lsql.core.load;

/**
 * What a load did.
 *
 * @param method batch or import (in JSON: the lower-case id)
 * @param items items written by this load (for an import followed after a restart: the import's count)
 * @param retries BatchWriteItem calls repeated after throttling, 5xx or unprocessed items
 * @param errors items the load could not write (ImportTable's error count)
 * @param conditionalFailures items not written because their key was already in the table, under a
 *                            conditional put ({@code attribute_not_exists}); not errors, and never retried
 * @param filesAlreadyLoaded data files skipped because an earlier load into the same table wrote them
 */
public record LoadResult(LoadMethod method, long items, long retries, long throttled, long serverErrors, long errors,
                         long conditionalFailures, int filesAlreadyLoaded, double seconds) {

    /** A load without conditional writes. */
    public LoadResult(LoadMethod method, long items, long retries, long throttled, long serverErrors, long errors,
                      int filesAlreadyLoaded, double seconds) {
        this(method, items, retries, throttled, serverErrors, errors, 0, filesAlreadyLoaded, seconds);
    }
}
