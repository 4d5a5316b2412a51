package iq.tsh.erp.ops.admin;

import iq.tsh.erp.ops.deadletter.ProcessingLog;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Ops' actions on dead letters: retry them now, whatever their backoff or parking, or discard them into the archive. */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ProcessingLog log;

    DeadLetters(EventProcessingConfiguration processing, JdbcTemplate jdbc, ProcessingLog log) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.log = log;
    }

    /** What a retry did: sequences retried, how many emptied, how many failed again, letters left. */
    record RetryResult(int sequences, int succeeded, int failedAgain, long remaining) {
    }

    record ClearResult(int cleared, long remaining) {
    }

    List<String> groups(String group) {
        if (group == null || group.isBlank()) {
            return List.copyOf(processing.eventProcessors().keySet());
        }
        if (!processing.eventProcessors().containsKey(group)) {
            throw QueueAdminController.badRequest("group", "no processing group '" + group + "'");
        }
        return List.of(group);
    }

    RetryResult retry(String group, String sequence, String actor) {
        int sequences = 0;
        int succeeded = 0;
        int failedAgain = 0;
        for (String name : groups(group)) {
            var queue = processing.deadLetterQueue(name);
            var processor = processing.sequencedDeadLetterProcessor(name);
            if (queue.isEmpty() || processor.isEmpty()) {
                continue;
            }
            for (String id : sequenceIds(queue.get().deadLetters(), sequence)) {
                sequences++;
                if (processOne(processor.get(), id)) {
                    succeeded++;
                } else {
                    failedAgain++;
                }
            }
            log.record(name, "dead-letters-retried", sequence, null, null, null,
                    "retried by ops: " + succeeded + " emptied, " + failedAgain + " failed again", actor);
        }
        return new RetryResult(sequences, succeeded, failedAgain, remaining(group));
    }

    /**
     * Whether the sequence was emptied. A failure outside the handler (the retry's transaction cannot commit) surfaces
     * as an exception rather than a false; to ops it is the same: the letter failed again and stays.
     */
    private static boolean processOne(SequencedDeadLetterProcessor<EventMessage<?>> processor, String id) {
        try {
            return processor.process(letter -> id.equals(sequenceOf(letter)));
        } catch (RuntimeException failedAgain) {
            return false;
        }
    }

    /** Copies the letters to {@code dead_letter_archive} with who cleared them, then removes them, atomically. */
    @Transactional
    ClearResult clear(String group, String sequence, String actor) {
        int cleared = 0;
        for (String name : groups(group)) {
            String filter = " where processing_group = ?" + (sequence == null ? "" : " and sequence_identifier = ?");
            Object[] args = sequence == null ? new Object[] {name} : new Object[] {name, sequence};
            Object[] archiveArgs = sequence == null ? new Object[] {actor, name} : new Object[] {actor, name, sequence};
            jdbc.update("""
                    insert into dead_letter_archive (dead_letter_id, processing_group, sequence_identifier,
                        event_identifier, aggregate_identifier, payload_type, payload, cause_type, cause_message,
                        diagnostics, enqueued_at, cleared_by, cleared_at)
                    select dead_letter_id, processing_group, sequence_identifier, event_identifier,
                        aggregate_identifier, payload_type, convert_from(payload, 'UTF8'), cause_type, cause_message,
                        convert_from(diagnostics, 'UTF8'), enqueued_at, ?, now()
                    from dead_letter_entry""" + filter, archiveArgs);
            int removed = jdbc.update("delete from dead_letter_entry" + filter, args);
            if (removed > 0) {
                log.record(name, "dead-letter-cleared", sequence, null, null, null,
                        removed + " dead letter(s) discarded into dead_letter_archive", actor);
            }
            cleared += removed;
        }
        return new ClearResult(cleared, remaining(group));
    }

    private long remaining(String group) {
        return group == null || group.isBlank()
                ? jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class)
                : jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = ?", Long.class,
                        group);
    }

    private static Set<String> sequenceIds(Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> sequences,
                                           String only) {
        Set<String> ids = new LinkedHashSet<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : sequences) {
            for (DeadLetter<? extends EventMessage<?>> head : sequence) {
                String id = sequenceOf(head);
                if (id != null && (only == null || only.equals(id))) {
                    ids.add(id);
                }
                break;
            }
        }
        return ids;
    }

    /** Events are sequenced per aggregate, so a sequence is named by its record's aggregate id. */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> event ? event.getAggregateIdentifier() : null;
    }
}
