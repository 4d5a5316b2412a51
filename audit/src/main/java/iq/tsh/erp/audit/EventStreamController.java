package iq.tsh.erp.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything that happened, in the order it was stored, resumable from any position: the auditor's ledger. */
@RestController
@Tag(name = "Audit")
class EventStreamController {

    private final EventTable events;
    private final EventTypes types;
    private final AuditEvents auditEvents;

    EventStreamController(EventTable events, EventTypes types, AuditEvents auditEvents) {
        this.events = events;
        this.types = types;
        this.auditEvents = auditEvents;
    }

    @GetMapping("/api/audit/events")
    @Operation(summary = "The global event stream",
            description = "Every event in global index order, after a position, optionally of some types and in a"
                    + " time window [from, to). `next` (the last index returned) continues; `position` is where to"
                    + " poll again later. An index is assigned when a transaction writes, so a transaction still in"
                    + " flight can commit a lower index after a higher one was read: reread a short overlap when"
                    + " polling the head of the stream.")
    EventPage stream(
            @RequestParam(required = false) @Parameter(description = "a globalIndex: events after it") String after,
            @RequestParam(required = false) @Parameter(description = "the `next` of the previous page") String cursor,
            @RequestParam(required = false) @Parameter(description = "1 to 1000, default 100") String limit,
            @RequestParam(required = false)
            @Parameter(description = "event types, simple (ProductSynced) or full names, comma-separated") String type,
            @RequestParam(required = false) @Parameter(description = "ISO-8601 instant, inclusive") String from,
            @RequestParam(required = false) @Parameter(description = "ISO-8601 instant, exclusive") String to) {
        long position = AuditParameters.position(after, cursor);
        int size = AuditParameters.limit(limit);
        StreamFilter filter = filter(types, type, from, to);
        List<StoredEvent> rows = filter.matchesNothing() ? List.of() : events.stream(filter, position, size + 1);
        return auditEvents.page(null, rows, size, position);
    }

    /** The filter of the stream and of its export; the time window is checked before the types are looked up. */
    static StreamFilter filter(EventTypes types, String type, String from, String to) {
        Instant start = AuditParameters.instant("from", from);
        Instant end = AuditParameters.instant("to", to);
        AuditParameters.window(start, end);
        return new StreamFilter(types.resolve(type), start, end);
    }
}
