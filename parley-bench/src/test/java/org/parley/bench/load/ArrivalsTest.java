package org.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void pacedArrivalsKeepTheirMeanRateAndDoNotSlipWhenARequestIsLate() {
        var arrivals = new Arrivals(new SplittableRandom(7), 10, 0);
        long first = arrivals.next();
        // A request that ends a whole minute late does not move the schedule: the next one is still
        // one gap after the previous intended time, and its latency will count the wait.
        arrivals.advance(first + 60_000_000_000L);
        assertThat(arrivals.next()).isLessThan(first + 60_000_000_000L);
        for (int i = 0; i < 9_998; i++) {
            arrivals.advance(0);
        }
        // 10,000 gaps at 10 per second: about 1,000 s.
        assertThat(arrivals.next() / 1e9).isBetween(950.0, 1_050.0);
    }

    @Test
    void backToBackArrivalsFollowTheEndOfTheLastRequest() {
        var arrivals = new Arrivals(new SplittableRandom(7), 0, 500);
        assertThat(arrivals.next()).isEqualTo(500);
        arrivals.advance(1_234);
        assertThat(arrivals.next()).isEqualTo(1_234);
    }
}
