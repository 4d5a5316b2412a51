package iq.tsh.erp.api.catalog;

import java.util.Objects;

/** How one customer (Zoho contact id) buys: price book, currency, language; answers {@link CustomerPricing}. */
public record FindCustomerPricing(String customerId) {

    public FindCustomerPricing {
        Objects.requireNonNull(customerId, "customerId");
    }
}
