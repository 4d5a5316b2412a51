package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One promotion weighed against the order on its own: either its discount on each line (by line index), or why it
 * does not apply.
 */
record Evaluation(PromotionView promotion, BigDecimal[] lineDiscounts, NotApplicable reason, String why) {

    static Evaluation applies(PromotionView promotion, BigDecimal[] lineDiscounts) {
        return new Evaluation(promotion, lineDiscounts, null, null);
    }

    static Evaluation not(PromotionView promotion, NotApplicable reason, String why) {
        return new Evaluation(promotion, null, reason, why);
    }

    boolean applicable() {
        return reason == null;
    }

    BigDecimal total() {
        return lineDiscounts == null ? BigDecimal.ZERO : Arrays.stream(lineDiscounts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
