package iq.tsh.erp.api.pricing;

/** The price list no longer exists in Zoho: its prices stop applying; its history stays for auditors. */
public record PriceListDeleted(PriceListId priceListId) {
}
