package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One received delivery as the inbox list shows it; the raw body comes with {@link DeliveryDetailView}.
 *
 * @param source     webhook, catch-up or redrive
 * @param outcome    accepted, duplicate, stale, unchanged, rejected or failed
 * @param error      for rejected and failed deliveries: title, detail and, for 422, the Zoho fields at fault
 * @param bodySize   the raw body's size in bytes
 */
record DeliveryView(
        UUID deliveryId,
        String kind,
        String event,
        String source,
        Instant receivedAt,
        String outcome,
        int httpStatus,
        JsonNode error,
        List<String> aggregateIds,
        int eventCount,
        UUID duplicateOf,
        UUID redriveOf,
        String contentType,
        long bodySize) {
}
