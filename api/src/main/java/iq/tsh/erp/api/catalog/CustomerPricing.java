package iq.tsh.erp.api.catalog;

import java.util.Objects;

/**
 * The price book a shopper sees prices from. Guests, and customers without one of the six TSH books, get
 * {@link #GUEST_BOOK}.
 *
 * @param language the customer's Zoho language code, {@code null} when unknown
 */
public record CustomerPricing(String book, String currency, String language) {

    public static final String GUEST_BOOK = "consumer_iqd";

    public CustomerPricing {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(currency, "currency");
    }

    public static CustomerPricing guest() {
        return new CustomerPricing(GUEST_BOOK, "IQD", null);
    }
}
