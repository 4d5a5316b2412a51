package iq.tsh.erp.zoho.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The record kinds Zoho posts, by the path segment of their endpoint and the key that wraps the record in the body. */
public enum WebhookKind {
    PRODUCTS("products", "item"),
    CUSTOMERS("customers", "contact"),
    INVOICES("invoices", "invoice"),
    BILLS("bills", "bill"),
    CREDIT_NOTES("credit-notes", "creditnote"),
    STOCK("stock", "inventory_adjustment"),
    PRICES("prices", "pricebook");

    private final String path;
    private final String wrapper;

    WebhookKind(String path, String wrapper) {
        this.path = path;
        this.wrapper = wrapper;
    }

    public String path() {
        return path;
    }

    /** The singular key Zoho's {@code ${JSONString}} wraps the record in. */
    public String wrapper() {
        return wrapper;
    }

    static Optional<WebhookKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
