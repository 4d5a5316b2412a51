package iq.tsh.erp.api.cart;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a Cart aggregate: one cart per customer, so it is the customer's Zoho contact id with the prefix
 * {@code cart:} (aggregate identifiers share one column in the event store).
 */
public record CartId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CartId {
        PrefixedId.require(value, "cart:", "contact_id");
    }

    /** The cart of one customer (Zoho contact id, the {@code sub} of their token). */
    public static CartId of(String customerId) {
        return new CartId("cart:" + customerId);
    }

    public String customerId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
