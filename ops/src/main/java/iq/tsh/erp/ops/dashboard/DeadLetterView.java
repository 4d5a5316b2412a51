package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One dead letter: an event a projection failed on, or one waiting behind such an event of the same record.
 *
 * @param sequence       the sequence it belongs to (the record's aggregate id): later letters of it wait behind it
 * @param state          {@code retrying} (a retry is due at {@code nextAttemptAt}), {@code parked} (retries used up:
 *                       for ops to retry or clear once the cause is fixed) or {@code waiting} (never tried itself:
 *                       queued behind an earlier letter of its sequence)
 * @param attempts       failed attempts so far
 * @param firstAttemptAt when it first failed (was dead-lettered)
 * @param lastAttemptAt  when it was last tried
 * @param nextAttemptAt  when the next automatic retry is due; absent when parked
 * @param diagnostics    everything the retry policy recorded, as stored
 */
record DeadLetterView(
        String id,
        String group,
        String sequence,
        long sequenceIndex,
        String state,
        Event event,
        Record record,
        Cause cause,
        int attempts,
        Instant firstAttemptAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        JsonNode diagnostics) {

    /**
     * The event as stored.
     *
     * @param type           the event's class name without package; {@code payloadType} is the full name
     * @param sequenceNumber its sequence within its aggregate
     * @param payload        the event as a JSON object
     */
    record Event(String identifier, String type, String payloadType, Instant timestamp, Long sequenceNumber,
                 JsonNode payload) {
    }

    /**
     * The record the event is about.
     *
     * @param deliveryId the webhook delivery that caused it (see inbox), when known
     */
    record Record(String aggregateId, String aggregateType, String deliveryId) {
    }

    /** Why it failed: the exception's class and message (cut to 1023 characters by Axon). */
    record Cause(String type, String message) {
    }
}
