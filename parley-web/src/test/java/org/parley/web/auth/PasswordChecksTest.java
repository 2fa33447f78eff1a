package org.parley.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.web.system.ApiException;

class PasswordChecksTest {

    @Test
    void noMoreChecksRunAtOnceThanThereAreSlots() throws Exception {
        PasswordChecks checks = new PasswordChecks(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Thread[] threads = new Thread[5];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofVirtual()
                    .start(() -> checks.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return running.decrementAndGet();
                    }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(200); // time for a third check to get in, were the bound broken

        int whileHeld = running.get();
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(whileHeld).isEqualTo(2);
        assertThat(most.get()).isEqualTo(2);
        assertThat(running.get()).isZero();
    }

    @Test
    void aCheckThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        PasswordChecks checks = new PasswordChecks(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = Thread.ofVirtual()
                .start(() -> checks.run(() -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return true;
                }));
        holding.await();

        assertThatThrownBy(() -> checks.run(() -> true))
                .isInstanceOfSatisfying(
                        ApiException.class, busy -> assertThat(busy.status()).isEqualTo(503))
                .hasMessageContaining("try again");
        release.countDown();
        slow.join();
        assertThat(checks.run(() -> "free again")).isEqualTo("free again");
    }
}
