package iq.tsh.erp.api.pricing;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a PriceList aggregate: the Zoho {@code pricebook_id} with the prefix {@code pricebook:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record PriceListId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PriceListId {
        PrefixedId.require(value, "pricebook:", "pricebook_id");
    }

    /** The aggregate of a Zoho price book. */
    public static PriceListId ofPriceBook(String zohoPricebookId) {
        return new PriceListId("pricebook:" + zohoPricebookId);
    }

    /** The Zoho {@code pricebook_id}. */
    public String pricebookId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
