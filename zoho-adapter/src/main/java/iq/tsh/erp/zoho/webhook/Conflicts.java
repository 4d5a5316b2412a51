package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.api.common.Causes;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A delivery that lost a race for its record: another delivery (on this node or another) appended to the same
 * aggregate first, or created it first. Retrying the whole delivery loads the winner's events and decides again.
 */
final class Conflicts {

    private static final long FIRST_PAUSE_MILLIS = 10;

    private Conflicts() {
    }

    static boolean isConflict(Throwable failure) {
        return Causes.any(failure,
                cause -> cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException);
    }

    /** Exponential backoff with jitter, so racing deliveries do not collide again in step. */
    static void pause(int attempt) {
        long ceiling = FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 6);
        try {
            Thread.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a delivery", e);
        }
    }
}
