package io.motiv.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polling with a deadline instead of fixed sleeps: asks again every {@code interval} until the answer fits. */
final class Await {
    private Await() {
    }

    static <T> T until(String what, Duration timeout, Duration interval, Supplier<T> ask, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (true) {
            last = ask.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last: " + last);
            }
            MotivSuite.sleep(interval.toMillis());
        }
    }
}
