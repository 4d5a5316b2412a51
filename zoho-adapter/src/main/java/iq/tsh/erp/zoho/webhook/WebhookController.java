package iq.tsh.erp.zoho.webhook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import iq.tsh.erp.api.common.StorableValues;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The endpoint Zoho's webhooks post to. It reads the raw body itself, because the signature covers the exact bytes
 * and a form body must not be parsed into request parameters first.
 */
@RestController
@RequestMapping("/api/zoho/webhooks")
@Tag(name = "Zoho webhooks", description = "Deliveries from Zoho Books / Zoho Inventory")
class WebhookController {

    static final String SIGNATURE_HEADER = "X-Zoho-Webhook-Signature";
    static final String ORGANIZATION_HEADER = "X-Com-Zoho-Organizationid";
    static final String EVENT_HEADER = "X-Erp-Event";

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final ZohoWebhookSettings settings;
    private final DeliveryIntake intake;

    WebhookController(ZohoWebhookSettings settings, DeliveryIntake intake) {
        this.settings = settings;
        this.intake = intake;
        if (settings.secrets().isEmpty()) {
            log.warn("ZOHO_WEBHOOK_SECRET is not set: UNSIGNED WEBHOOKS ARE ACCEPTED. Never run like this in production.");
        }
    }

    @PostMapping(path = "/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a Zoho record",
            description = "Body: the Zoho record under its singular key ({\"item\":{...}}), as raw JSON, as JSON holding "
                    + "a JSONString string, or form-encoded JSONString= (Content-Type application/json or "
                    + "application/x-www-form-urlencoded; anything else is 415). Answers accepted, duplicate, stale or "
                    + "unchanged once the resulting events are stored. The event (created, updated, deleted) comes from "
                    + "?event= or the X-Erp-Event header. With a webhook secret configured, a delete is acted on only "
                    + "when its event name is covered by the signature, i.e. it came as ?event=deleted and the signature "
                    + "is Zoho's query form (sorted parameters as name+value, then the body). A delete named only in the "
                    + "header is confirmed with Zoho's API when API credentials are configured (gone: acted on; still "
                    + "there: 409; Zoho unreachable: 503), and is 403 without them. Every authenticated delivery is "
                    + "kept in the inbox, refused ones too.")
    WebhookAnswer receive(
            @Parameter(description = "products, customers, invoices, bills, credit-notes, stock or prices")
            @PathVariable String kind,
            HttpServletRequest request) throws IOException {
        byte[] body = readBody(request);
        Map<String, String> query;
        BadDeliveryException unreadableQuery = null;
        try {
            query = QueryParameters.parse(request.getQueryString());
        } catch (BadDeliveryException e) {
            // The body form of the signature may still hold: then the delivery is authenticated, and kept.
            query = Map.of();
            unreadableQuery = e;
        }
        WebhookSignature.Form signedAs = authenticate(request, body, query);
        String headerEvent = request.getHeader(EVENT_HEADER);
        String queryEvent = query.get("event");
        Map<String, String> headers = keptHeaders(request);
        WebhookKind webhookKind;
        NamedEvent event;
        try {
            if (unreadableQuery != null) {
                throw unreadableQuery;
            }
            checkOrganisation(request);
            webhookKind = WebhookKind.fromPath(kind).orElseThrow(() -> new BadDeliveryException(404,
                    "Unknown webhook kind", "no webhook endpoint for '" + StorableValues.printable(kind) + "'"));
            event = NamedEvent.of(headerEvent, queryEvent, signedAs, !settings.secrets().isEmpty());
        } catch (BadDeliveryException refused) {
            // Authenticated, so kept with its reason, like every other delivery Zoho sends.
            intake.keepRefused(kind, headerEvent != null ? headerEvent : queryEvent, request.getContentType(), body,
                    headers, refused);
            throw refused;
        }
        return intake.receive(new Delivery(webhookKind, event.event(), request.getContentType(), body, headers,
                "webhook", event.authenticated()));
    }

    /**
     * Unsigned or wrongly signed deliveries are refused and not kept: anyone could send them. Answers which form the
     * signature covers ({@link WebhookSignature.Form#NONE} when no secret is configured).
     */
    private WebhookSignature.Form authenticate(HttpServletRequest request, byte[] body, Map<String, String> query) {
        if (settings.secrets().isEmpty()) {
            return WebhookSignature.Form.NONE;
        }
        WebhookSignature.Form form = WebhookSignature.verify(request.getHeader(SIGNATURE_HEADER), body, query,
                settings.secrets());
        if (form == WebhookSignature.Form.NONE) {
            throw new BadDeliveryException(401, "Invalid signature",
                    SIGNATURE_HEADER + " must be the hex HMAC-SHA256 of the body with the webhook secret");
        }
        return form;
    }

    private void checkOrganisation(HttpServletRequest request) {
        String expected = settings.organizationId();
        if (expected != null && !expected.isBlank() && !expected.equals(request.getHeader(ORGANIZATION_HEADER))) {
            throw new BadDeliveryException(403, "Wrong organisation",
                    "this endpoint takes deliveries of one Zoho organisation only");
        }
    }

    /** The headers worth keeping with a delivery; the signature and anything else secret is left out. */
    private static Map<String, String> keptHeaders(HttpServletRequest request) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"Content-Type", ORGANIZATION_HEADER, EVENT_HEADER, "User-Agent"}) {
            String value = request.getHeader(name);
            if (value != null) {
                kept.put(name, value.length() > 500 ? value.substring(0, 500) : value);
            }
        }
        return kept;
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        long limit = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static BadDeliveryException tooLarge(long limit) {
        return new BadDeliveryException(413, "Body too large", "a delivery may hold at most " + limit + " bytes");
    }
}
