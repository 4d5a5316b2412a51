package iq.tsh.erp.ops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Axon says whether a processor runs, not since when: this looks every 5 s and remembers when this node first saw
 * each processor stopped or in error, so an alert can say since when.
 */
@Component
class ProcessorWatch {

    private final ProcessingGroups groups;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Instant> stoppedSince = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();

    ProcessorWatch(ProcessingGroups groups) {
        this.groups = groups;
    }

    @Scheduled(fixedRate = 5, timeUnit = TimeUnit.SECONDS)
    void look() {
        Instant now = clock.instant();
        groups.local().forEach((name, processor) -> observe(name, processor, now));
    }

    /** When this node first saw the processor stopped; null while it runs. */
    Instant stoppedSince(String name) {
        return stoppedSince.get(name);
    }

    /** When this node first saw the processor in error; null while it is not. */
    Instant failingSince(String name) {
        return failingSince.get(name);
    }

    void observe(String name, EventProcessor processor, Instant now) {
        remember(stoppedSince, name, !processor.isRunning(), now);
        remember(failingSince, name, processor.isError(), now);
    }

    private static void remember(Map<String, Instant> since, String name, boolean bad, Instant now) {
        if (bad) {
            since.putIfAbsent(name, now);
        } else {
            since.remove(name);
        }
    }
}
