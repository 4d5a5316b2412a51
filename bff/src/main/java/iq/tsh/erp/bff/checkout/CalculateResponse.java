package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.bff.common.Language;
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

    static CalculateResponse of(CheckoutResult result, String deliveryOption, Language language) {
        return new CalculateResponse(
                result.lines().stream().map(l -> new Line(l.productId(), l.quantity(), l.unitPrice(), l.discount(),
                        l.lineTotal())).toList(),
                result.subtotal(), result.discount(), result.deliveryFee(), result.tax(), result.total(),
                result.currency(), deliveryOption,
                result.appliedPromotions().stream().map(a -> new AppliedPromotion(a.promotion().id(),
                        language.pick(a.promotion().terms().name(), a.promotion().terms().nameAr()), a.promotion().terms().code(),
                        a.promotion().terms().type(), a.discount())).toList(),
                result.warnings().stream().map(w -> new Warning(w.code(), w.message(), w.productId(), w.reason())).toList());
    }

    record Line(String productId, int quantity, BigDecimal unitPrice, BigDecimal discount, BigDecimal lineTotal) {
    }

    record AppliedPromotion(String id, String name, String code, PromotionType type, BigDecimal discount) {
    }

    /** {@code reason} only on PROMOTION_NOT_APPLICABLE; {@code productId} only where one product is concerned. */
    record Warning(String code, String message, String productId, String reason) {
    }
}
