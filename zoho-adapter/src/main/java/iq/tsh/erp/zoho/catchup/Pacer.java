package iq.tsh.erp.zoho.catchup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps API calls at least a minimum interval apart and does the waiting Zoho asks for, so the catch-up never
 * spends the organisation's 100 calls a minute that webhooks' re-fetches and people in Zoho also need.
 */
class Pacer {

    /** The one place the job waits; tests record the waits instead of spending them. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    private final Duration minInterval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant lastCall;

    Pacer(Duration minInterval, Clock clock, Sleeper sleeper) {
        this.minInterval = minInterval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until the next call is allowed, then counts it as made. */
    synchronized void beforeCall() {
        if (lastCall != null) {
            Duration since = Duration.between(lastCall, clock.instant());
            if (since.compareTo(minInterval) < 0) {
                pause(minInterval.minus(since));
            }
        }
        lastCall = clock.instant();
    }

    /** Waits as long as Zoho asked (429 Retry-After). */
    void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZohoApiException("interrupted while pacing calls to Zoho", e);
        }
    }
}
