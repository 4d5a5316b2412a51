package iq.tsh.erp.api.pricing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The price book was deleted in Zoho. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}. */
public record DeletePriceList(@TargetAggregateIdentifier PriceListId priceListId) {
}
