package iq.tsh.erp.zoho.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The record kinds Zoho posts, by the path segment of their endpoint and the key that wraps the record in the body. */
public enum WebhookKind {
    PRODUCTS("products", "item", "item_id"),
    CUSTOMERS("customers", "contact", "contact_id"),
    INVOICES("invoices", "invoice", "invoice_id"),
    BILLS("bills", "bill", "bill_id"),
    CREDIT_NOTES("credit-notes", "creditnote", "creditnote_id"),
    STOCK("stock", "inventory_adjustment", "inventory_adjustment_id"),
    PRICES("prices", "pricebook", "pricebook_id");

    private final String path;
    private final String wrapper;
    private final String idField;

    WebhookKind(String path, String wrapper, String idField) {
        this.path = path;
        this.wrapper = wrapper;
        this.idField = idField;
    }

    public String path() {
        return path;
    }

    /** The singular key Zoho's {@code ${JSONString}} wraps the record in. */
    public String wrapper() {
        return wrapper;
    }

    /** The field holding the record's Zoho id, by which Zoho's API finds it. */
    public String idField() {
        return idField;
    }

    static Optional<WebhookKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
