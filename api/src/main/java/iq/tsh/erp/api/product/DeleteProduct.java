package iq.tsh.erp.api.product;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The item was deleted in Zoho. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}. */
public record DeleteProduct(@TargetAggregateIdentifier ProductId productId, Instant lastModifiedTime) {
}
