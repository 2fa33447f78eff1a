package org.parley.cli;

import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr for long operations, so stdout stays clean for results. */
final class Progress {
    private Progress() {}

    /** Shows elapsed time while {@code work} runs. */
    static <T> T whileRunning(String task, Supplier<T> work) {
        try (ProgressBar bar = builder(task).build()) {
            return work.get();
        }
    }

    /** Shows bytes transferred while {@code work} runs; work reports bytes to the consumer. */
    static <T> T bytes(String task, Function<LongConsumer, T> work) {
        try (ProgressBar bar = builder(task).setUnit(" MB", 1_000_000).build()) {
            return work.apply(bar::stepBy);
        }
    }

    private static ProgressBarBuilder builder(String task) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .continuousUpdate();
    }
}
