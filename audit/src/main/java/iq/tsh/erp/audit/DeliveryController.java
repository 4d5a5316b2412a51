package iq.tsh.erp.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The raw delivery behind an event: lets an auditor check our event against exactly what Zoho sent. */
@RestController
@Tag(name = "Audit")
class DeliveryController {

    private final InboxReader inbox;

    DeliveryController(InboxReader inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/audit/deliveries/{deliveryId}")
    @Operation(summary = "A webhook delivery as received",
            description = "The inbox entry: raw body (text, plus bodyBase64 when not UTF-8), headers, outcome,"
                    + " error, aggregateIds, eventCount, receivedAt. 404 when unknown.")
    DeliveryView delivery(@PathVariable String deliveryId) {
        UUID id = InboxReader.uuid(deliveryId);
        if (id == null) {
            throw AuditProblem.badParameter("a deliveryId is a UUID, not " + deliveryId);
        }
        return inbox.find(id).orElseThrow(() -> AuditProblem.notFound("Unknown delivery",
                "the inbox holds no delivery " + deliveryId));
    }
}
