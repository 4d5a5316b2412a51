package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one way a Zoho record enters the system, whatever brought it: the body is read, the record mapped to
 * commands and the commands sent; the answer says what became of it.
 */
@Component
public class DeliveryIntake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookDispatcher dispatcher;

    DeliveryIntake(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    public WebhookAnswer receive(Delivery delivery) {
        JsonNode record = DeliveryBody.record(delivery.kind(), delivery.contentType(), delivery.body());
        return dispatcher.dispatch(delivery.kind(), delivery.event(), record);
    }

    /** A record fetched from Zoho's API (catch-up): wrapped as Zoho's webhooks wrap it, then received as usual. */
    public WebhookAnswer receiveRecord(WebhookKind kind, DeliveryEvent event, JsonNode record, String source) {
        ObjectNode wrapped = JSON.createObjectNode().set(kind.wrapper(), record);
        byte[] body = wrapped.toString().getBytes(StandardCharsets.UTF_8);
        return receive(new Delivery(kind, event, "application/json", body, Map.of(), source));
    }
}
