package io.lsql.core.stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Where a run keeps its files: DynamoDB JSON data files, the manifest, checkpoints and rejects.
 * Names are relative paths with '/' separators under the stage's root.
 */
public interface Stage extends AutoCloseable {

    /** The URI the user gave ({@code file:///…} or {@code s3://bucket/prefix}). */
    String uri();

    /** A new file; it becomes visible to {@link #list} only once the stream is closed. */
    OutputStream create(String name) throws IOException;

    InputStream open(String name) throws IOException;

    boolean exists(String name) throws IOException;

    /** Names of the files under {@code prefix} (recursively), sorted. */
    List<String> list(String prefix) throws IOException;

    void delete(String name) throws IOException;

    default void write(String name, byte[] content) throws IOException {
        try (OutputStream out = create(name)) {
            out.write(content);
        }
    }

    default byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    /** Checks that the stage can be written, failing with one clear sentence if not. */
    void checkWritable() throws IOException;

    @Override
    default void close() {
    }
}
