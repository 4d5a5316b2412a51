package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A running promotion as the app shows it on home and the product page. {@code value} is the percent or the fixed
 * amount (in {@code currency}); buy X get Y carries {@code buyQuantity}/{@code getQuantity}; {@code code} is present
 * only on the checkout page, echoing the code the shopper entered (home and product pages list automatic promotions
 * only).
 */
public record PromotionCard(
        String id,
        String name,
        String code,
        PromotionType type,
        BigDecimal value,
        String currency,
        Integer buyQuantity,
        Integer getQuantity,
        BigDecimal minimumPurchase,
        Instant endsAt) {
}
