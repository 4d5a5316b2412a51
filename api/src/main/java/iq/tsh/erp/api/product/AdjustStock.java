package iq.tsh.erp.api.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Apply one line of a Zoho inventory adjustment to the product. {@code quantity} is the line's quantity as Zoho
 * states it now (0 once the adjustment is deleted): the product applies only the difference from what this line
 * already applied, so a re-delivery counts once and an edit counts its change. Returns a
 * {@link iq.tsh.erp.api.common.SyncOutcome}.
 */
public record AdjustStock(
        @TargetAggregateIdentifier ProductId productId,
        String adjustmentId,
        String lineItemId,
        String locationId,
        String locationName,
        BigDecimal quantity,
        LocalDate date,
        String reason) {
}
