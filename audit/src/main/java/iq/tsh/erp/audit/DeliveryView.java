package iq.tsh.erp.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A webhook delivery as the inbox kept it: the raw body Zoho sent, the headers that matter, and what became of it.
 *
 * @param body       the raw body as UTF-8 text (undecodable bytes shown as U+FFFD)
 * @param bodyBase64 the exact bytes, given only when the body is not valid UTF-8
 * @param error      for a rejected or failed delivery: the problem it was answered with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliveryView(
        String deliveryId,
        String kind,
        String event,
        String source,
        Instant receivedAt,
        Instant completedAt,
        String outcome,
        int httpStatus,
        RawJson error,
        RawJson aggregateIds,
        int eventCount,
        String duplicateOf,
        String redriveOf,
        String contentType,
        RawJson headers,
        String bodySha256,
        String body,
        String bodyBase64) {
}
