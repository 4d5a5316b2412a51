package iq.tsh.erp.zoho.webhook;

import java.util.Map;

/**
 * One delivery of a Zoho record, however it came: a webhook, the catch-up job, or a re-drive from the inbox.
 *
 * @param headers            the headers worth keeping (never secrets)
 * @param source             {@code webhook}, {@code catch-up} or {@code redrive}
 * @param eventAuthenticated whether the event name is vouched for (signed, fetched by us, or chosen by ops); a delete
 *                           that is not is confirmed with Zoho's API before it is acted on
 */
public record Delivery(WebhookKind kind, DeliveryEvent event, String contentType, byte[] body,
                       Map<String, String> headers, String source, boolean eventAuthenticated) {

    public Delivery {
        headers = Map.copyOf(headers);
    }
}
