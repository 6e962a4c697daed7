package io.lsql.core.load;

/**
 * What a load did.
 *
 * @param method "batch" or "import"
 * @param retries BatchWriteItem calls repeated after throttling, 5xx or unprocessed items
 * @param errors items the load could not write (ImportTable's error count)
 */
public record LoadResult(String method, long items, long retries, long throttled, long serverErrors, long errors,
                         double seconds) {
}
