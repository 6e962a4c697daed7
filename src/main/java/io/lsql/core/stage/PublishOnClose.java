package io.lsql.core.stage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes to a temporary file and publishes it (rename, upload) exactly once when closed, so a
 * reader of the stage never sees half a file.
 */
final class PublishOnClose extends FilterOutputStream {

    @FunctionalInterface
    interface Publish {
        void run() throws IOException;
    }

    private final Publish publish;
    private boolean closed;

    PublishOnClose(OutputStream temporary, Publish publish) {
        super(temporary);
        this.publish = publish;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        publish.run();
    }
}
