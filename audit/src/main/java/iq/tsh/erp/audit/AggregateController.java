package iq.tsh.erp.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.audit.fold.UnfoldedEvent;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What happened to one record and when, and what was known of it at a date: the auditor's two questions. */
@RestController
@RequestMapping("/api/audit/aggregates/{aggregateId}")
@Tag(name = "Audit", description = "Read-only event history for auditors (role AUDITOR)")
class AggregateController {

    private static final Logger LOG = LoggerFactory.getLogger(AggregateController.class);

    private final EventTable events;
    private final AuditEvents auditEvents;

    AggregateController(EventTable events, AuditEvents auditEvents) {
        this.events = events;
        this.auditEvents = auditEvents;
    }

    @GetMapping("/events")
    @Operation(summary = "A record's full event history",
            description = "Oldest first from sequence 0, never from a snapshot. Each event has its payload, its"
                    + " metadata (deliveryId, subject, correlationId, ...) and, when a webhook caused it, the delivery"
                    + " with a link to its raw body. Paged: pass `next` back as `cursor` (or `after`).")
    EventPage history(
            @PathVariable @Parameter(description = "as the webhook answer returns it, e.g. item:5128640000000001001")
            String aggregateId,
            @RequestParam(required = false) @Parameter(description = "a sequence number: events after it") String after,
            @RequestParam(required = false) @Parameter(description = "the `next` of the previous page") String cursor,
            @RequestParam(required = false) @Parameter(description = "1 to 1000, default 100") String limit) {
        long position = AuditParameters.position(after, cursor);
        int size = AuditParameters.limit(limit);
        EventPage page = auditEvents.page(aggregateId, events.history(aggregateId, position, size + 1), size, position);
        if (page.events().isEmpty() && !events.exists(aggregateId)) {
            throw unknown(aggregateId);
        }
        return page;
    }

    @GetMapping("/state")
    @Operation(summary = "A record as known at an instant",
            description = "Folds the events stored at or before `asOf` (by their timestamp), in order, through"
                    + " the fold of the record's aggregate type, which knows each of its event types: snapshots"
                    + " overwrite, a deletion sets deleted, InvoiceVoided sets voided, StockAdjusted sets stock from"
                    + " its stockAfter, carts and address books keep their lines and addresses. An event the fold"
                    + " does not know changes nothing and is listed in `unfoldedEvents` with the reason (empty when"
                    + " the state is whole). 404 when no event was stored by then.")
    StateView state(
            @PathVariable String aggregateId,
            @RequestParam(required = false) @Parameter(description = "ISO-8601 instant; default now") String asOf) {
        Instant instant = AuditParameters.instant("asOf", asOf);
        Instant at = instant != null ? instant : Instant.now();
        StateFold fold = new StateFold();
        events.eachOfHistory(aggregateId, at, fold::apply);
        if (fold.isEmpty()) {
            throw events.exists(aggregateId)
                    ? AuditProblem.notFound("Not known yet", aggregateId + " had no event stored at or before " + at)
                    : unknown(aggregateId);
        }
        StoredEvent last = fold.last();
        List<UnfoldedEvent> unfolded = fold.unfolded();
        if (!unfolded.isEmpty()) {
            LOG.warn("State of {} leaves out {} stored event(s) it cannot fold, first {}: {}", aggregateId,
                    unfolded.size(), unfolded.get(0).payloadType(), unfolded.get(0).reason());
        }
        return new StateView(aggregateId, at, last.sequence(), last.globalIndex(), last.type(), last.timestamp(),
                fold.count(), fold.state(), unfolded);
    }

    static AuditProblem unknown(String aggregateId) {
        return AuditProblem.notFound("Unknown record", "the event store holds no event of " + aggregateId);
    }
}
