package iq.tsh.erp.ops.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every processor and segment: the claims of the whole cluster from {@code token_entry}, joined with what this
 * node's workers report about the segments they process (Axon only knows its own node's).
 */
@Component
class ProcessorStates {

    private final ProcessingGroups groups;
    private final Duration lockTimeout;

    ProcessorStates(ProcessingGroups groups, @Value("${erp.workers.lock-timeout:300s}") Duration lockTimeout) {
        this.groups = groups;
        this.lockTimeout = lockTimeout;
    }

    Duration lockTimeout() {
        return lockTimeout;
    }

    List<ProcessorHealth> read(List<TokenRow> tokens, Instant now) {
        Map<String, EventProcessor> local = groups.local();
        SortedSet<String> names = new TreeSet<>(local.keySet());
        tokens.forEach(token -> names.add(token.processor()));
        List<ProcessorHealth> processors = new ArrayList<>();
        for (String name : names) {
            EventProcessor processor = local.get(name);
            Map<Integer, EventTrackerStatus> status = processor instanceof StreamingEventProcessor streaming
                    ? streaming.processingStatus() : Map.of();
            List<TokenRow> own = tokens.stream().filter(token -> token.processor().equals(name)).toList();
            processors.add(new ProcessorHealth(name, mode(processor),
                    processor == null ? null : processor.isRunning(), processor == null ? null : processor.isError(),
                    segments(own, status, now)));
        }
        return processors;
    }

    private List<SegmentHealth> segments(List<TokenRow> tokens, Map<Integer, EventTrackerStatus> status,
                                         Instant now) {
        List<SegmentHealth> segments = new ArrayList<>();
        for (TokenRow token : tokens) {
            EventTrackerStatus worker = status.get(token.segment());
            TrackingPosition position = token.position();
            if (worker == null) {
                segments.add(new SegmentHealth(token.segment(), token.owner(), token.claimedAt(),
                        token.claimStale(now, lockTimeout), false, position.shown(), null, position.replaying(), null,
                        null));
            } else {
                Long current = worker.getCurrentPosition().isPresent()
                        ? Long.valueOf(worker.getCurrentPosition().getAsLong()) : position.shown();
                segments.add(new SegmentHealth(token.segment(), token.owner(), token.claimedAt(),
                        token.claimStale(now, lockTimeout), true, current, worker.isCaughtUp(), worker.isReplaying(),
                        worker.isErrorState(), worker.getError() == null ? null : oneLine(worker.getError())));
            }
        }
        return segments;
    }

    private static String mode(EventProcessor processor) {
        if (processor == null) {
            return "elsewhere";
        }
        if (processor instanceof TrackingEventProcessor) {
            return "tracking";
        }
        if (processor instanceof PooledStreamingEventProcessor) {
            return "pooled";
        }
        return processor instanceof StreamingEventProcessor ? "streaming" : "subscribing";
    }

    static String oneLine(Throwable error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
