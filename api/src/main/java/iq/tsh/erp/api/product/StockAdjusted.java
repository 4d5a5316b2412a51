package iq.tsh.erp.api.product;

import iq.tsh.erp.api.DomainEvent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Stock moved at one location because of an inventory adjustment line.
 *
 * @param quantity      how much this event moved the stock (negative for a write-off or a reversal)
 * @param lineQuantity  the adjustment line's total effect after this event
 * @param stockAfter    the product's whole stock after the move, so projections set rather than add
 */
public record StockAdjusted(
        ProductId productId,
        String adjustmentId,
        String lineItemId,
        String locationId,
        String locationName,
        BigDecimal quantity,
        BigDecimal lineQuantity,
        LocalDate date,
        String reason,
        Stock stockAfter) implements DomainEvent {
}
