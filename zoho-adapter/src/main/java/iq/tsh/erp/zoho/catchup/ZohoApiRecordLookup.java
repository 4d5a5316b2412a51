package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.api.common.StorableValues;
import iq.tsh.erp.zoho.webhook.WebhookKind;
import iq.tsh.erp.zoho.webhook.ZohoRecordLookup;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Confirms deletes with Zoho Inventory's API: {@code GET /{collection}/{id}} for the record's kind. */
class ZohoApiRecordLookup implements ZohoRecordLookup {

    private static final Logger log = LoggerFactory.getLogger(ZohoApiRecordLookup.class);
    private static final Map<WebhookKind, String> COLLECTIONS = Map.of(
            WebhookKind.PRODUCTS, "items",
            WebhookKind.CUSTOMERS, "contacts",
            WebhookKind.INVOICES, "invoices",
            WebhookKind.BILLS, "bills",
            WebhookKind.CREDIT_NOTES, "creditnotes",
            WebhookKind.STOCK, "inventoryadjustments",
            WebhookKind.PRICES, "pricebooks");

    private final ZohoApiClient zoho;

    ZohoApiRecordLookup(ZohoApiClient zoho) {
        this.zoho = zoho;
    }

    @Override
    public Presence presence(WebhookKind kind, String zohoId) {
        try {
            return zoho.holds(COLLECTIONS.get(kind), kind.wrapper(), zohoId) ? Presence.PRESENT : Presence.GONE;
        } catch (RuntimeException e) {
            // Unknown is not gone: the delete waits for Zoho's retry rather than being taken on a guess.
            log.warn("Could not ask Zoho whether {} {} still exists: {}", kind.wrapper(), zohoId,
                    StorableValues.printable(e.getMessage()));
            return Presence.UNKNOWN;
        }
    }
}
