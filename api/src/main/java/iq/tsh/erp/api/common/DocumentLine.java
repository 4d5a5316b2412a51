package iq.tsh.erp.api.common;

import java.math.BigDecimal;

/**
 * One line of a Zoho sales or purchase document (invoice, bill, credit note). {@code itemId} is absent on lines
 * booked to an account only (freight, services); amounts are in the document's currency.
 *
 * @param discountPercent the line discount when Zoho states it as a percentage ({@code 5} or {@code "5%"})
 * @param discountAmount  the line discount in money, when Zoho states it
 * @param total           the line total as Zoho computed it
 */
public record DocumentLine(
        String lineItemId,
        String itemId,
        String name,
        String sku,
        BigDecimal quantity,
        String unit,
        BigDecimal rate,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        String taxName,
        BigDecimal taxPercentage,
        BigDecimal total,
        String locationId) {

    public DocumentLine {
        quantity = Decimals.normalize(quantity);
        rate = Decimals.normalize(rate);
        discountPercent = Decimals.normalize(discountPercent);
        discountAmount = Decimals.normalize(discountAmount);
        taxPercentage = Decimals.normalize(taxPercentage);
        total = Decimals.normalize(total);
    }
}
