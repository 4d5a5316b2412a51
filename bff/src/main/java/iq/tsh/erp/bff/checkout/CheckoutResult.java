package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order's totals, every amount already rounded to the currency (IQD whole dinars, USD cents, half-even), so that
 * {@code subtotal - discount + deliveryFee + tax = total} and each line's {@code unitPrice * quantity - discount =
 * lineTotal} hold exactly.
 */
public record CheckoutResult(
        String currency,
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal deliveryFee,
        BigDecimal tax,
        BigDecimal total,
        List<Applied> appliedPromotions,
        List<CheckoutWarning> warnings) {

    /** A line that counts in the totals. */
    public record Line(String productId, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal lineTotal) {
    }

    /** A promotion that discounted the order, and by how much in all. */
    public record Applied(PromotionView promotion, BigDecimal discount) {
    }
}
