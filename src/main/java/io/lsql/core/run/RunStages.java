package io.lsql.core.run;

import io.lsql.core.migrate.RunIds;

import java.nio.file.Path;

/** Where a new run keeps its files: a fresh folder (or S3 prefix) per run, since a run needs an empty stage. */
public final class RunStages {

    private RunStages() {
    }

    /**
     * {@code base/database-<run id>}: {@code base} is an {@code s3://} prefix, a {@code file:} URI or a folder path (made a
     * {@code file:} URI); null when {@code base} is blank. The run id part makes two runs of one second differ.
     */
    public static String fresh(String base, String database) {
        String trimmed = base == null ? "" : base.trim().replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        String uri = trimmed.startsWith("s3://") || trimmed.startsWith("file:") ? trimmed
                : Path.of(trimmed).toUri().toString().replaceAll("/+$", "");
        return uri + "/" + database + "-" + RunIds.next();
    }

    /** The folder or prefix that holds {@code stage}: where a fresh stage beside it goes. */
    public static String parent(String stage) {
        String trimmed = stage == null ? "" : stage.replaceAll("/+$", "");
        int scheme = trimmed.indexOf("://");
        int root = scheme < 0 ? 0 : trimmed.indexOf('/', scheme + 3);
        int slash = trimmed.lastIndexOf('/');
        boolean bucketOrHost = scheme >= 0 && root > scheme + 3;
        return root < 0 || slash < root || slash == root && !bucketOrHost ? trimmed : trimmed.substring(0, slash);
    }
}
