package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionType;
import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code POST /api/mobile/checkout/calculate}: amounts are JSON numbers in {@code currency}. */
record CalculateResponse(
        List<Line> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal deliveryFee,
        BigDecimal tax,
        BigDecimal total,
        String currency,
        String deliveryOption,
        List<AppliedPromotion> appliedPromotions,
        List<Warning> warnings) {

    record Line(String productId, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal lineTotal) {
    }

    record AppliedPromotion(String id, String name, String code, PromotionType type, BigDecimal discount) {
    }

    /** {@code reason} only on PROMOTION_NOT_APPLICABLE; {@code productId} only where one product is concerned. */
    record Warning(String code, String message, String productId, String reason) {
    }
}
