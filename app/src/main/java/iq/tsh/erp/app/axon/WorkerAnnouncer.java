package iq.tsh.erp.app.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up, once per worker, that the workers run: the lines ops scripts of the old service looked for. */
@Component
class WorkerAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(WorkerAnnouncer.class);

    private final EventProcessingConfiguration processing;

    WorkerAnnouncer(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        int worker = 0;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor && processor.isRunning()) {
                for (int thread = 1; thread <= processor.maxCapacity(); thread++) {
                    worker++;
                    log.info("Worker worker-{} started (processing group {}, thread {} of {})", worker,
                            entry.getKey(), thread, processor.maxCapacity());
                }
            }
        }
        log.info("Zoho sync workers started successfully ({} workers)", worker);
    }
}
