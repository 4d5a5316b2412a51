package iq.tsh.erp.ops.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The webhook endpoint's timings, from Spring's {@code http.server.requests} timers for its URI. */
@Component
class WebhookMeters {

    static final String URI = "/api/zoho/webhooks/{kind}";

    private final MeterRegistry registry;

    WebhookMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    MetricsView.WebhookMetrics read() {
        List<Timer> timers = List.copyOf(registry.find("http.server.requests").tag("uri", URI).timers());
        List<LatencyView> byStatus = timers.stream()
                .map(timer -> ProcessorMeters.latency(timer, null, status(timer)))
                .sorted(Comparator.comparing(LatencyView::status, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        long requests = byStatus.stream().mapToLong(LatencyView::count).sum();
        long clientErrors = byStatus.stream().filter(view -> between(view.status(), 400, 499))
                .mapToLong(LatencyView::count).sum();
        long serverErrors = byStatus.stream().filter(view -> between(view.status(), 500, 599))
                .mapToLong(LatencyView::count).sum();
        return new MetricsView.WebhookMetrics(requests, percent(clientErrors, requests),
                percent(serverErrors, requests), byStatus);
    }

    private static Integer status(Timer timer) {
        try {
            return Integer.valueOf(timer.getId().getTag("status"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean between(Integer status, int low, int high) {
        return status != null && status >= low && status <= high;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 100.0;
    }
}
