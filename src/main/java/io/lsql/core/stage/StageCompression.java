package io.lsql.core.stage;

import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How the stage's data files are compressed; DynamoDB ImportTable reads all three. Both codecs run at
 * their fastest level, because the export is CPU-bound and the files are transient: on a 1M-row
 * table zstd level 1 wrote 12% of the JSON in half the CPU time that gzip level 1 took for 16%.
 * A file's name ends with the suffix of its compression, so a reader needs nothing else.
 */
public enum StageCompression {
    GZIP(".json.gz"),
    ZSTD(".json.zst"),
    NONE(".json");

    private static final int BUFFER = 1 << 16;

    private final String suffix;

    StageCompression(String suffix) {
        this.suffix = suffix;
    }

    /** The end of a data file's name: {@code .json.gz}, {@code .json.zst} or {@code .json}. */
    public String suffix() {
        return suffix;
    }

    /** The lower-case name used on the command line, in plans and in messages. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** gzip, zstd or none, in any case. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static StageCompression parse(String text) {
        for (StageCompression c : values()) {
            if (c.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new io.lsql.core.LsqlException("compression must be gzip, zstd or none, not '" + text + "'.");
    }

    /** The compression a staged file was written with, from its name. */
    public static StageCompression ofFile(String name) {
        if (name.endsWith(GZIP.suffix) || name.endsWith(".gz")) {
            return GZIP;
        }
        return name.endsWith(ZSTD.suffix) || name.endsWith(".zst") ? ZSTD : NONE;
    }

    /** A stream that compresses into {@code out}; closing it finishes the frame and closes {@code out}. */
    public OutputStream compress(OutputStream out) throws IOException {
        return switch (this) {
            case GZIP -> new FastGzip(out);
            case ZSTD -> new ZstdOutputStream(out, 1);
            case NONE -> out;
        };
    }

    /** A stream of the uncompressed bytes of {@code in}. */
    public InputStream decompress(InputStream in) throws IOException {
        return switch (this) {
            case GZIP -> new GZIPInputStream(in, BUFFER);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), BUFFER);
            case NONE -> in;
        };
    }

    @Override
    public String toString() {
        return id();
    }

    /** gzip at the fastest level. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
