package iq.tsh.erp.api.pricing;

import iq.tsh.erp.api.DomainEvent;

/** The price list no longer exists in Zoho: its prices stop applying; its history stays for auditors. */
public record PriceListDeleted(PriceListId priceListId) implements DomainEvent {
}
