package iq.tsh.erp.api.product;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the product match a snapshot of the Zoho item. Returns a {@link iq.tsh.erp.api.common.SyncOutcome}.
 *
 * @param lastModifiedTime Zoho's {@code last_modified_time}; {@code null} when Zoho sent none (then never stale)
 */
public record SyncProduct(
        @TargetAggregateIdentifier ProductId productId,
        ProductData product,
        Stock stock,
        Instant lastModifiedTime) {
}
