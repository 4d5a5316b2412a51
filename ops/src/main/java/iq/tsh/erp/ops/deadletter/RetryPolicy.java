package iq.tsh.erp.ops.deadletter;

import iq.tsh.erp.api.common.StorableValues;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what becomes of an event a projection failed on. Never dropped: it goes to the dead-letter queue with its
 * count of failed attempts and the time of its next attempt, which {@link DeadLetterRetryJob} honours; past the
 * limit it stays parked ({@code exhausted}) until ops retry it. Transient database failures are thrown back to the
 * processor, which retries the whole batch with its own backoff, so healthy events are never parked.
 */
class RetryPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger logger = LoggerFactory.getLogger(RetryPolicy.class);

    static final String ATTEMPTS = "attempts";
    static final String EXHAUSTED = "exhausted";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

    private final String group;
    private final RetrySchedule schedule;
    private final ProcessingLog log;

    RetryPolicy(String group, RetrySchedule schedule, ProcessingLog log) {
        this.group = group;
        this.schedule = schedule;
        this.log = log;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (TransientFailures.isTransient(cause)) {
            throw new TransientProcessingFailure(cause);
        }
        int attempts = attempts(letter) + 1;
        boolean exhausted = schedule.isExhausted(attempts);
        Instant now = Instant.now();
        EventMessage<?> event = letter.message();
        log.record(group, exhausted ? "parked" : "retried", aggregateId(event), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), attempts, cause.toString(), null);
        MetaData diagnostics = MetaData.with(ATTEMPTS, attempts).and(EXHAUSTED, exhausted);
        Instant next = exhausted ? null : schedule.nextAttempt(now, attempts);
        if (next != null) {
            diagnostics = diagnostics.and(NEXT_ATTEMPT_AT, next.toString());
        }
        // One line, no stack trace: the dead letter keeps the cause and ops see it on the dashboard.
        logger.warn("{} failed on {} of {} (attempt {}): {}; {}", group, event.getPayloadType().getSimpleName(),
                aggregateId(event), attempts, StorableValues.printable(cause.toString()).replaceAll("\\s+", " "),
                next == null ? "parked for ops" : "next attempt at " + next);
        MetaData decided = diagnostics;
        return Decisions.requeue(storableCause(cause), l -> decided);
    }

    /**
     * The cause as the dead-letter row keeps it, cut to its column and made storable: the message may quote the very
     * value the database refused (a NUL), and this insert shares the worker's transaction.
     */
    static ThrowableCause storableCause(Throwable cause) {
        ThrowableCause truncated = ThrowableCause.truncated(cause);
        return new ThrowableCause(truncated.type(), StorableValues.printable(truncated.message()));
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    static boolean isExhausted(DeadLetter<?> letter) {
        return Boolean.TRUE.equals(letter.diagnostics().get(EXHAUSTED));
    }

    static boolean isDue(DeadLetter<?> letter, Instant now) {
        Object next = letter.diagnostics().get(NEXT_ATTEMPT_AT);
        return !isExhausted(letter) && next != null && !Instant.parse(next.toString()).isAfter(now);
    }

    static String aggregateId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    /**
     * Thrown out of the dead-letter handling so the processor retries the batch (and the event is not parked). The
     * processor logs it with its stack when it goes into retry mode; an outage is not a bug, so the one line that
     * names the cause is all it carries (no stack, no chained cause).
     */
    static class TransientProcessingFailure extends RuntimeException {
        TransientProcessingFailure(Throwable cause) {
            super("transient failure, the batch will be retried: "
                    + StorableValues.printable(String.valueOf(cause), 500), null, false, false);
        }
    }
}
