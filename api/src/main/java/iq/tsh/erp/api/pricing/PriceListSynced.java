package iq.tsh.erp.api.pricing;

import iq.tsh.erp.api.DomainEvent;

/** The price list now is as Zoho's snapshot says, all its item rates included (set, not merged). */
public record PriceListSynced(PriceListId priceListId, PriceListData priceList) implements DomainEvent {
}
