package iq.tsh.erp.ops.dashboard;

import java.time.Instant;

/**
 * One line of the processing log: something the workers or ops did beyond plain success.
 *
 * @param action  retried, parked, recovered, replay-started, dead-letters-retried, dead-letter-cleared or
 *                transient-failure
 * @param attempt the attempt this line is about, when it is about one
 * @param actor   who did it, for actions taken by ops
 */
record LogEntryView(long id, Instant at, String group, String action, String aggregateId, String eventIdentifier,
                    String eventType, Integer attempt, String message, String actor) {
}
