package iq.tsh.erp.ops.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.web.BadParameterException;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ops sync dashboard (role OPS, enforced by the application's security). Lists are newest first, 50 a page,
 * with a {@code next} cursor passed back as {@code ?cursor=}; a parameter it cannot use is a 400 problem.
 */
@RestController
@RequestMapping(path = "/api/zoho/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sync dashboard", description = "Role OPS: is the Zoho sync working, and what did it do")
class DashboardController {

    private final SyncHealth health;
    private final SyncStats stats;
    private final SyncQueue queue;
    private final SyncMetrics metrics;
    private final DeadLetterQueries deadLetters;
    private final ProcessingLogQueries log;
    private final InboxQueries inbox;
    private final ProcessingGroups groups;

    DashboardController(SyncHealth health, SyncStats stats, SyncQueue queue, SyncMetrics metrics,
                        DeadLetterQueries deadLetters, ProcessingLogQueries log, InboxQueries inbox, ProcessingGroups groups) {
        this.health = health;
        this.stats = stats;
        this.queue = queue;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
        this.log = log;
        this.inbox = inbox;
        this.groups = groups;
    }

    @GetMapping("/health")
    @Operation(summary = "One verdict with the database, each processor and its segments, dead letters and lag")
    HealthView health() {
        return health.health();
    }

    @GetMapping("/stats")
    @Operation(summary = "Deliveries per kind and outcome, events per type (last hour, last day), read-model rows")
    StatsView stats() {
        return stats.read();
    }

    @GetMapping("/queue")
    @Operation(summary = "Per processing group: head of the stream, segment positions, lag and throughput")
    QueueView queue() {
        return queue.read();
    }

    @GetMapping("/dead-letter")
    @Operation(summary = "Dead letters, newest first; kind is the event type (ProductSynced), error matches the cause")
    Page<DeadLetterView> deadLetters(@RequestParam(required = false) String group,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String error,
                                     @RequestParam(required = false) String aggregate,
                                     @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) String limit) {
        DeadLetterQueries.Filter filter = new DeadLetterQueries.Filter(groups.require(group), Params.word("kind", kind),
                Params.text("error", error), Params.word("aggregate", aggregate));
        return deadLetters.page(filter, Cursor.decode(DeadLetterQueries.LIST, cursor), Params.limit(limit));
    }

    @GetMapping("/logs")
    @Operation(summary = "The processing log (retried, parked, recovered, replays, ops actions), newest first",
            description = "Successful handling is not logged per event: it is counted in /metrics")
    Page<LogEntryView> logs(@RequestParam(required = false) String group,
                            @RequestParam(required = false) String action,
                            @RequestParam(required = false) String aggregate,
                            @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to,
                            @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) String limit) {
        if ("handled".equals(action)) {
            throw new BadParameterException("action", "successful handling is not logged per event; "
                    + "see /api/zoho/dashboard/metrics for how many events were handled");
        }
        Instant since = Params.instant("from", from);
        Instant until = Params.instant("to", to);
        Params.inOrder(since, until);
        ProcessingLogQueries.Filter filter = new ProcessingLogQueries.Filter(groups.require(group),
                Params.oneOf("action", action, ProcessingLogQueries.ACTIONS), Params.word("aggregate", aggregate), since,
                until);
        return log.page(filter, Cursor.decode(ProcessingLogQueries.LIST, cursor), Params.limit(limit));
    }

    @GetMapping("/metrics")
    @Operation(summary = "This node's processing rate, handling latency percentiles, failures and webhook latency",
            description = "The same meters are exported at /actuator/prometheus")
    MetricsView metrics() {
        return metrics.read();
    }

    @GetMapping("/inbox")
    @Operation(summary = "Received deliveries with their outcomes, newest first (without bodies)")
    Page<DeliveryView> inbox(@RequestParam(required = false) String kind,
                             @RequestParam(required = false) String outcome,
                             @RequestParam(required = false) String source,
                             @RequestParam(required = false) String aggregate,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) String limit) {
        Instant since = Params.instant("from", from);
        Instant until = Params.instant("to", to);
        Params.inOrder(since, until);
        InboxQueries.Filter filter = new InboxQueries.Filter(Params.word("kind", kind),
                Params.oneOf("outcome", outcome, InboxQueries.OUTCOMES), Params.word("source", source),
                Params.word("aggregate", aggregate), since, until);
        return inbox.page(filter, Cursor.decode(InboxQueries.LIST, cursor), Params.limit(limit));
    }

    @GetMapping("/inbox/{deliveryId}")
    @Operation(summary = "One delivery with its raw body (text, or base64 when it is not UTF-8) and headers")
    DeliveryDetailView delivery(@PathVariable String deliveryId) {
        return inbox.find(deliveryId);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Active alerts, critical first, with the thresholds of erp.alerts")
    AlertsView alerts() {
        return health.alerts();
    }
}
