package org.parley.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.core.testing.TestClock;

class LoginThrottleTest {

    private final TestClock clock = TestClock.at("2026-09-01T08:00:00Z");

    @Test
    void aKeyIsRefusedAfterItsLimitUntilTheWindowEnds() {
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), 100, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.retryAfter("a")).isZero();
            throttle.failed("a");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.retryAfter("a")).isEqualTo(Duration.ofMinutes(7));
        assertThat(throttle.retryAfter("b")).isZero();
        clock.advance(Duration.ofMinutes(7));
        assertThat(throttle.retryAfter("a")).isZero();
    }

    @Test
    void successClearsTheFailures() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10), 100, clock);
        throttle.failed("a");
        throttle.succeeded("a");
        throttle.failed("a");

        assertThat(throttle.retryAfter("a")).isZero();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenKey() {
        LoginThrottle throttle = new LoginThrottle(1, Duration.ofMinutes(10), 2, clock);
        throttle.failed("a");
        throttle.failed("b");
        throttle.retryAfter("a");
        throttle.failed("c");

        assertThat(throttle.retryAfter("a")).isPositive();
        assertThat(throttle.retryAfter("b")).isZero();
        assertThat(throttle.retryAfter("c")).isPositive();
    }
}
