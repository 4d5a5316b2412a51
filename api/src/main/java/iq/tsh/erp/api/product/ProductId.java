package iq.tsh.erp.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import iq.tsh.erp.api.common.ZohoIds;

/**
 * The identifier of a Product aggregate. It is the Zoho {@code item_id} with the prefix {@code item:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record ProductId(String value) {

    static final String PREFIX = "item:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProductId {
        ZohoIds.requirePrefixed(value, PREFIX, "item_id");
    }

    /** The product of a Zoho item. */
    public static ProductId ofItem(String zohoItemId) {
        return new ProductId(PREFIX + zohoItemId);
    }

    /** The Zoho {@code item_id}, which is also the id the mobile app uses. */
    public String itemId() {
        return value.substring(PREFIX.length());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
