package iq.tsh.erp.ops.dashboard;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/** Builds the metrics view from this node's meters and the counter history. */
@Service
class SyncMetrics {

    private final ProcessingGroups groups;
    private final ProcessorMeters meters;
    private final CounterHistory history;
    private final WebhookMeters webhooks;
    private final Clock clock = Clock.systemUTC();

    SyncMetrics(ProcessingGroups groups, ProcessorMeters meters, CounterHistory history, WebhookMeters webhooks) {
        this.groups = groups;
        this.meters = meters;
        this.history = history;
        this.webhooks = webhooks;
    }

    MetricsView read() {
        List<MetricsView.ProcessorMetrics> processors = groups.local().keySet().stream()
                .map(name -> new MetricsView.ProcessorMetrics(name, meters.counts(name),
                        rate(name, Duration.ofMinutes(1)), rate(name, Duration.ofMinutes(5)),
                        rate(name, Duration.ofHours(1)), meters.eventLatencyMs(name), meters.handlingTimes(name)))
                .toList();
        return new MetricsView(clock.instant(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), processors,
                webhooks.read(), "/actuator/prometheus");
    }

    private MetricsView.Rate rate(String processor, Duration length) {
        CounterHistory.Window window = history.last(processor, length);
        ProcessorCounts counts = window.counts();
        return new MetricsView.Rate(window.length().toSeconds(), window.perSecond(counts.succeeded() + counts.failed()),
                counts.failed(), counts.failurePercent());
    }
}
