package iq.tsh.erp.ops.dashboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One delivery with everything the inbox kept, its raw body included, to see exactly what Zoho sent.
 *
 * @param delivery     what the list shows, at the top level of the answer
 * @param headers      the headers worth keeping (never the signature)
 * @param body         the raw body: as text when it is UTF-8, else base64
 * @param bodyEncoding {@code utf-8} or {@code base64}
 */
record DeliveryDetailView(
        @JsonUnwrapped DeliveryView delivery,
        JsonNode headers,
        String bodySha256,
        Instant completedAt,
        String bodyEncoding,
        String body) {
}
