package io.lsql.core.migrate;

import io.lsql.core.stage.Stage;
import io.lsql.core.stage.StageCompression;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes one chunk's items into data files of about {@code fileBytes} (uncompressed), gzip by
 * default, named {@code data/<run>-<chunk>-<part>.json.gz} ({@code .json.zst} with zstd, {@code .json}
 * uncompressed), and records rows and checksums.
 */
final class ChunkWriter implements AutoCloseable {

    private final Stage stage;
    private final String baseName;
    private final long fileBytes;
    private final StageCompression compression;
    private final List<StagedFile> files = new ArrayList<>();
    private OutputStream out;
    private DigestOutputStream digest;
    private CountingStream counted;
    private String currentName;
    private long currentRows;
    private long currentBytes;
    private int part;

    ChunkWriter(Stage stage, String runId, Chunk chunk, long fileBytes, StageCompression compression) {
        this.stage = stage;
        this.baseName = dataPrefix() + runId + "-" + chunk.name() + "-";
        this.fileBytes = fileBytes;
        this.compression = compression;
    }

    static String dataPrefix() {
        return "data/";
    }

    static String chunkPrefix(String runId, Chunk chunk) {
        return dataPrefix() + runId + "-" + chunk.name() + "-";
    }

    void write(byte[] line, int length) throws IOException {
        if (out == null) {
            open();
        }
        out.write(line, 0, length);
        currentRows++;
        currentBytes += length;
        if (currentBytes >= fileBytes) {
            finishFile();
        }
    }

    private void open() throws IOException {
        part++;
        currentName = baseName + String.format("%04d", part) + compression.suffix();
        counted = new CountingStream(stage.create(currentName));
        try {
            digest = new DigestOutputStream(counted, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        out = new BufferedOutputStream(compression.compress(digest), 1 << 16);
        currentRows = 0;
        currentBytes = 0;
    }

    private void finishFile() throws IOException {
        out.close();
        files.add(new StagedFile(currentName, currentRows, counted.count, HexFormat.of().formatHex(digest.getMessageDigest().digest())));
        out = null;
    }

    List<StagedFile> finish() throws IOException {
        if (out != null) {
            finishFile();
        }
        return List.copyOf(files);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
