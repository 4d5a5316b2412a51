package iq.tsh.erp.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a Product aggregate. It is the Zoho {@code item_id} with the prefix {@code item:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record ProductId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProductId {
        PrefixedId.require(value, "item:", "item_id");
    }

    /** The product of a Zoho item. */
    public static ProductId ofItem(String zohoItemId) {
        return new ProductId("item:" + zohoItemId);
    }

    /** The Zoho {@code item_id}, which is also the id the mobile app uses. */
    public String itemId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
