package iq.tsh.erp.ops.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counters only ever grow; a rate needs an earlier reading. Every 15 s this keeps each processor's counters, for an
 * hour, so that the dashboard can say how many events per second were handled and how many failed lately.
 */
@Component
class CounterHistory {

    static final Duration KEPT = Duration.ofMinutes(65);

    private record Reading(Instant at, ProcessorCounts counts) {
    }

    /** Counts over a recent window, and how long the window really was (shorter just after start). */
    record Window(Duration length, ProcessorCounts counts) {

        double perSecond(long events) {
            return length.isZero() ? 0 : ProcessorMeters.round(events * 1000.0 / length.toMillis());
        }
    }

    private final ProcessingGroups groups;
    private final ProcessorMeters meters;
    private final Clock clock;
    private final Map<String, Deque<Reading>> readings = new ConcurrentHashMap<>();

    @Autowired
    CounterHistory(ProcessingGroups groups, ProcessorMeters meters) {
        this(groups, meters, Clock.systemUTC());
    }

    CounterHistory(ProcessingGroups groups, ProcessorMeters meters, Clock clock) {
        this.groups = groups;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedRate = 15, initialDelay = 0, timeUnit = TimeUnit.SECONDS)
    void sample() {
        Instant now = clock.instant();
        for (String processor : groups.local().keySet()) {
            Deque<Reading> history = readings.computeIfAbsent(processor, name -> new ArrayDeque<>());
            synchronized (history) {
                history.addLast(new Reading(now, meters.counts(processor)));
                while (history.size() > 1 && history.peekFirst().at().isBefore(now.minus(KEPT))) {
                    history.removeFirst();
                }
            }
        }
    }

    /** The processor's counters on this node since it started. */
    ProcessorCounts total(String processor) {
        return meters.counts(processor);
    }

    /**
     * What the processor did on this node in about the last {@code length}: from the newest reading at least that
     * old (or the oldest there is) to the counters now.
     */
    Window last(String processor, Duration length) {
        Instant now = clock.instant();
        ProcessorCounts current = meters.counts(processor);
        Deque<Reading> history = readings.get(processor);
        if (history == null) {
            return new Window(Duration.ZERO, ProcessorCounts.NONE);
        }
        Reading base;
        synchronized (history) {
            if (history.isEmpty()) {
                return new Window(Duration.ZERO, ProcessorCounts.NONE);
            }
            base = history.peekFirst();
            for (Reading reading : history) {
                if (reading.at().isAfter(now.minus(length))) {
                    break;
                }
                base = reading;
            }
        }
        return new Window(Duration.between(base.at(), now), current.minus(base.counts()));
    }
}
