package org.parley.screening.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Counts the bytes read and reports the running total to a progress callback. Not thread-safe. */
final class ProgressInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 16;

    private final LongConsumer progress;
    private long count;
    private long reported;

    ProgressInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public void close() throws IOException {
        progress.accept(count);
        super.close();
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= REPORT_EVERY) {
            reported = count;
            progress.accept(count);
        }
    }
}
