package iq.tsh.erp.zoho.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One delivery as the inbox keeps it: what came (raw body, the headers that matter), and what became of it.
 *
 * @param outcome   accepted, duplicate, stale, unchanged, rejected or failed
 * @param error     for rejected and failed deliveries: title, detail and, for 422, the fields at fault
 */
public record InboxEntry(
        UUID deliveryId,
        String kind,
        String event,
        String source,
        Instant receivedAt,
        String contentType,
        Map<String, String> headers,
        byte[] body,
        String bodySha256,
        String outcome,
        int httpStatus,
        Map<String, Object> error,
        List<String> aggregateIds,
        int eventCount,
        UUID duplicateOf,
        UUID redriveOf) {
}
