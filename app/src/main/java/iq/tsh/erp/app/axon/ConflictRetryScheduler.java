package iq.tsh.erp.app.axon;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a command that lost a race for its aggregate: another node appended first (ConcurrencyException) or
 * created the same aggregate first (AggregateStreamCreationException, which Axon does not count as transient).
 * The retry loads the winner's events and decides again, so Zoho never sees the conflict. Other failures are final.
 */
class ConflictRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetryScheduler.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;

    ConflictRetryScheduler(ScheduledExecutorService executor, int maxRetries, long baseDelayMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.baseDelayMillis = baseDelayMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        int attempt = failures.size();
        if (attempt > maxRetries || !isConflict(lastFailure)) {
            return false;
        }
        long delay = baseDelayMillis * (1L << Math.min(attempt - 1, 10));
        long jittered = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        log.debug("Retrying {} in {} ms after a conflict (attempt {})", commandMessage.getCommandName(), jittered, attempt);
        executor.schedule(commandDispatch, jittered, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
