package iq.tsh.erp.ops.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed event is tried again: the first delay doubled per failed attempt, capped, with ±25 % jitter so that
 * many failures at once do not come back in step; after {@code maxRetries} retries the event is parked for ops.
 */
record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxRetries) {

    /** Parked once the first attempt and every allowed retry have failed. */
    boolean isExhausted(int failedAttempts) {
        return failedAttempts > maxRetries;
    }

    Instant nextAttempt(Instant failedAt, int failedAttempts) {
        long base = firstDelay.toMillis() << Math.min(failedAttempts - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long jitter = (long) (capped * 0.25 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return failedAt.plusMillis(Math.max(0, capped + jitter));
    }
}
