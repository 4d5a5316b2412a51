package iq.tsh.erp.zoho.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops send a kept delivery through again, typically one rejected before a fix. It is a new delivery pointing to the
 * original; repeating it is safe, since a record already applied answers unchanged, stale or duplicate.
 */
@RestController
@RequestMapping("/api/zoho/admin/inbox")
@Tag(name = "Zoho admin")
class RedriveController {

    private final Inbox inbox;
    private final DeliveryIntake intake;

    RedriveController(Inbox inbox, DeliveryIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @PostMapping("/{deliveryId}/redrive")
    @Operation(summary = "Re-drive a kept delivery", description = "Answers like the webhook itself")
    WebhookAnswer redrive(@PathVariable UUID deliveryId) {
        InboxEntry original = inbox.find(deliveryId).orElseThrow(() -> new BadDeliveryException(404,
                "Unknown delivery", "the inbox holds no delivery " + deliveryId));
        WebhookKind kind = WebhookKind.fromPath(original.kind()).orElseThrow(() -> new BadDeliveryException(409,
                "Cannot re-drive", "delivery " + deliveryId + " was for an unknown kind '" + original.kind() + "'"));
        DeliveryEvent event;
        try {
            event = DeliveryEvent.valueOf(original.event().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadDeliveryException(409, "Cannot re-drive",
                    "delivery " + deliveryId + " had an unknown event '" + original.event() + "'");
        }
        // Ops chose to send it again: an authenticated decision, so a delete is acted on without asking Zoho.
        return intake.receive(new Delivery(kind, event, original.contentType(), original.body(), original.headers(),
                "redrive", true), deliveryId);
    }
}
