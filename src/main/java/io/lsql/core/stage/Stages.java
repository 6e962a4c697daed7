package io.lsql.core.stage;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;

import java.net.URI;
import java.nio.file.Path;

/** Opens a stage from the URI the user gave. */
public final class Stages {

    private Stages() {
    }

    public static Stage open(String uri, AwsTarget aws) {
        if (uri == null || uri.isBlank()) {
            throw new LsqlException("--stage is required: file:///path/to/dir or s3://bucket/prefix.");
        }
        if (uri.startsWith("s3://")) {
            String rest = uri.substring("s3://".length());
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            if (bucket.isEmpty()) {
                throw new LsqlException("Stage URI " + uri + " names no bucket: use s3://bucket/prefix.");
            }
            return new S3Stage(aws.s3(), bucket, prefix);
        }
        if (uri.startsWith("file:")) {
            return new LocalStage(Path.of(URI.create(uri)));
        }
        if (!uri.contains("://")) {
            return new LocalStage(Path.of(uri));
        }
        throw new LsqlException("Unsupported stage " + uri + ": use file:///path/to/dir or s3://bucket/prefix.");
    }
}
