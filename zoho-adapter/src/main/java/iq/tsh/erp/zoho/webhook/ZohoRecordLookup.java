package iq.tsh.erp.zoho.webhook;

/**
 * Asks Zoho's API whether it still holds a record, to confirm a delete whose event name the signature does not
 * cover. It exists only when Zoho API credentials are configured.
 */
public interface ZohoRecordLookup {

    /** What Zoho answered about the record. */
    enum Presence {
        /** Zoho says it does not exist (HTTP 404, or its "does not exist" code). */
        GONE,
        /** Zoho returned the record. */
        PRESENT,
        /** No clear answer now (network, 5xx, rate limit, refused token). */
        UNKNOWN
    }

    Presence presence(WebhookKind kind, String zohoId);
}
