package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything one calculation needs, already fetched: the calculator does no I/O and reads no clock.
 *
 * @param currency      the order's currency (the shopper's price book's); lines priced otherwise are left out
 * @param promotions    automatic promotions and the one matching the code, in any state
 * @param promotionCode what the shopper typed, {@code null} for none
 * @param deliveryFee   the chosen option's fee in {@code currency}
 * @param taxRate       a fraction (0.15 is 15 %) of the discounted goods, delivery excluded
 */
public record CheckoutInput(
        String currency,
        List<CheckoutLine> lines,
        List<PromotionView> promotions,
        String promotionCode,
        BigDecimal deliveryFee,
        BigDecimal taxRate,
        Instant now) {

    public CheckoutInput {
        lines = List.copyOf(lines);
        promotions = List.copyOf(promotions);
    }
}
