package iq.tsh.erp.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Turns stored rows into the events auditors read, each joined to the delivery that caused it (one query a page). */
@Component
class AuditEvents {

    private final InboxReader inbox;

    AuditEvents(InboxReader inbox) {
        this.inbox = inbox;
    }

    /**
     * A page from rows read with one more than {@code limit}: the extra row only tells that a {@code next} page
     * exists. {@code aggregateId} is null for the global stream, whose page also tells its {@code position}.
     */
    EventPage page(String aggregateId, List<StoredEvent> readOneMore, int limit, long askedAfter) {
        boolean more = readOneMore.size() > limit;
        List<StoredEvent> rows = more ? readOneMore.subList(0, limit) : readOneMore;
        StoredEvent last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        String next = null;
        if (more) {
            next = Long.toString(aggregateId != null ? last.sequence() : last.globalIndex());
        }
        Long position = null;
        if (aggregateId == null) {
            position = last != null ? last.globalIndex() : Math.max(askedAfter, 0);
        }
        return new EventPage(aggregateId, withCauses(rows), next, position);
    }

    private List<AuditEvent> withCauses(List<StoredEvent> stored) {
        List<AuditEvent> events = stored.stream().map(AuditEvent::of).toList();
        Map<String, DeliveryRef> deliveries = inbox.refs(
                events.stream().map(event -> event.meta("deliveryId")).filter(Objects::nonNull).toList());
        return events.stream().map(event -> {
            String deliveryId = event.meta("deliveryId");
            if (deliveryId == null) {
                return event;
            }
            DeliveryRef delivery = deliveries.get(deliveryId);
            // Not in the inbox (an id from elsewhere): the id alone, with no link that would answer 404.
            return event.with(delivery != null ? delivery
                    : new DeliveryRef(deliveryId, null, null, null, null, null, null));
        }).toList();
    }
}
