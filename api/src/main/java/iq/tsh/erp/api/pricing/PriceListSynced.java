package iq.tsh.erp.api.pricing;

/** The price list now is as Zoho's snapshot says, all its item rates included (set, not merged). */
public record PriceListSynced(PriceListId priceListId, PriceListData priceList) {
}
