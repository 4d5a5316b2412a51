package iq.tsh.erp.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The webhook delivery that caused an event, in brief, with the link to its raw body: the auditor's way from
 * "what changed" back to "what Zoho sent".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeliveryRef(String deliveryId, String kind, String event, String source, Instant receivedAt, String outcome,
                   String link) {

    static String linkTo(String deliveryId) {
        return "/api/audit/deliveries/" + deliveryId;
    }
}
