package io.lsql.core.run;

import java.util.zip.Deflater;

/**
 * Estimates how large a target's staged files are once gzipped, as the export writes them (deflate at its
 * fastest level): the first {@link #SAMPLE_BYTES} of item lines are compressed for real, and the whole is
 * scaled by the ratio they reach. Exact for targets smaller than the sample.
 */
final class DryRunGzip {

    static final long SAMPLE_BYTES = 16L * 1024 * 1024;
    /** gzip's header and trailer around the deflate stream. */
    private static final int GZIP_FRAME = 18;

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] out = new byte[64 * 1024];
    private long sampled;
    private long compressed;
    private boolean finished;

    void add(byte[] line, int length) {
        if (sampled >= SAMPLE_BYTES) {
            return;
        }
        deflater.setInput(line, 0, length);
        while (!deflater.needsInput()) {
            compressed += deflater.deflate(out);
        }
        sampled += length;
    }

    /** The estimated gzip size of {@code totalBytes} of item lines; 0 for none. */
    long estimate(long totalBytes) {
        if (totalBytes == 0) {
            return 0;
        }
        if (!finished) {
            deflater.finish();
            while (!deflater.finished()) {
                compressed += deflater.deflate(out);
            }
            deflater.end();
            finished = true;
        }
        return Math.round((double) compressed / sampled * totalBytes) + GZIP_FRAME;
    }
}
