package iq.tsh.erp.zoho.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.parse.ZohoRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A delete whose event name the signature does not cover (it came in a header) could be a captured update re-sent
 * with {@code X-Erp-Event: deleted}: it is acted on only once Zoho's own API says the record is gone.
 */
@Component
class UnsignedDeletes {

    private final ObjectProvider<ZohoRecordLookup> zoho;

    UnsignedDeletes(ObjectProvider<ZohoRecordLookup> zoho) {
        this.zoho = zoho;
    }

    /** Returns when Zoho confirms the delete; otherwise throws the refusal (403, 409) or 503 to be retried. */
    void confirm(WebhookKind kind, JsonNode record) {
        ZohoRecordLookup lookup = zoho.getIfAvailable();
        if (lookup == null) {
            throw new BadDeliveryException(403, "Delete not authenticated",
                    "a delete is acted on only when the signature covers its event name: configure the delete "
                            + "webhook's URL to end with ?event=deleted (Zoho signs query parameters, not headers)");
        }
        String id = ZohoRecord.root(record).id(kind.idField());
        switch (lookup.presence(kind, id)) {
            case GONE -> {
                // Confirmed by Zoho: act on it.
            }
            case PRESENT -> throw new BadDeliveryException(409, "Zoho still holds this record",
                    "the delete's event name is not signed and Zoho's API still returns " + kind.idField() + " "
                            + id + ", so the delete is not acted on");
            default -> throw BadDeliveryException.unavailable(
                    "Zoho's API could not confirm the delete now; it is taken when Zoho sends it again", null);
        }
    }
}
