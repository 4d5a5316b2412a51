package iq.tsh.erp.api.pricing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the price list match a snapshot of the Zoho price book. Zoho keeps no modification time on price lists, so a
 * snapshot is never stale, only unchanged or new. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}.
 */
public record SyncPriceList(@TargetAggregateIdentifier PriceListId priceListId, PriceListData priceList) {
}
