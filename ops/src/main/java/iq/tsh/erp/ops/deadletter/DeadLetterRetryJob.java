package iq.tsh.erp.ops.deadletter;

import java.time.Instant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Axon's dead-letter queue has no retry schedule of its own: this job retries every sequence whose head letter is
 * due (its backoff has passed) and not parked. A claim in the queue keeps two nodes off the same sequence.
 */
@Component
class DeadLetterRetryJob {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetryJob.class);
    /** Bounds one scan, so a long queue cannot hold the scheduler thread for long. */
    private static final int MAX_SEQUENCES_PER_SCAN = 100;

    private final EventProcessingConfiguration processing;
    private final ProcessingLog processingLog;

    DeadLetterRetryJob(EventProcessingConfiguration processing, ProcessingLog processingLog) {
        this.processing = processing;
        this.processingLog = processingLog;
    }

    @Scheduled(fixedDelayString = "${erp.workers.dead-letter-scan:1s}")
    void retryDueLetters() {
        for (String group : processing.eventProcessors().keySet()) {
            var queue = processing.deadLetterQueue(group);
            var processor = processing.sequencedDeadLetterProcessor(group);
            if (queue.isPresent() && processor.isPresent()) {
                retry(group, queue.get(), processor.get());
            }
        }
    }

    private void retry(String group, SequencedDeadLetterQueue<EventMessage<?>> queue,
                       SequencedDeadLetterProcessor<EventMessage<?>> processor) {
        try {
            long sequences = Math.min(queue.amountOfSequences(), MAX_SEQUENCES_PER_SCAN);
            for (long i = 0; i < sequences; i++) {
                String[] recovered = new String[1];
                boolean succeeded = processor.process(letter -> {
                    boolean due = RetryPolicy.isDue(letter, Instant.now());
                    if (due) {
                        recovered[0] = RetryPolicy.aggregateId(letter.message());
                    }
                    return due;
                });
                if (succeeded && recovered[0] != null) {
                    processingLog.record(group, "recovered", recovered[0], null, null, null,
                            "processed after retries", null);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Retrying dead letters of {} failed: {}", group, e.toString());
        }
    }
}
