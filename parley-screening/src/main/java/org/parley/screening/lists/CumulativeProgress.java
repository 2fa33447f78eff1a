package org.parley.screening.lists;

import java.util.function.LongConsumer;

/** Reports the bytes read from several files in turn as one running total. Not thread-safe. */
final class CumulativeProgress {
    private final LongConsumer progress;
    private long done;

    CumulativeProgress(LongConsumer progress) {
        this.progress = progress;
    }

    /** The callback for the next input of {@code size} bytes: its counts offset by all before it. */
    LongConsumer next(long size) {
        long offset = done;
        done += size;
        return bytes -> progress.accept(offset + bytes);
    }
}
