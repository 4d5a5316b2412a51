package iq.tsh.erp.zoho.catchup;

import iq.tsh.erp.zoho.webhook.WebhookKind;

/** The Zoho API collections the catch-up reads, with the keys their list and single answers use. */
enum ZohoCollection {
    ITEMS(WebhookKind.PRODUCTS, "items", "item_id"),
    CONTACTS(WebhookKind.CUSTOMERS, "contacts", "contact_id"),
    PRICE_LISTS(WebhookKind.PRICES, "pricebooks", "pricebook_id");

    private final WebhookKind kind;
    private final String path;
    private final String idField;

    ZohoCollection(WebhookKind kind, String path, String idField) {
        this.kind = kind;
        this.path = path;
        this.idField = idField;
    }

    WebhookKind kind() {
        return kind;
    }

    /** The path below the API base, which is also the key of the list in a list answer. */
    String path() {
        return path;
    }

    /** The key of the record in a single-record answer, the same singular key webhooks wrap it in. */
    String recordKey() {
        return kind.wrapper();
    }

    String idField() {
        return idField;
    }
}
