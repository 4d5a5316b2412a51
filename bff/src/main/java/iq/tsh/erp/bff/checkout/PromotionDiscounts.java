package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * What one promotion alone takes off each line, computed on undiscounted line subtotals and rounded per line to the
 * currency's smallest unit (half-even):
 * <ul>
 *   <li>percentage: {@code round(lineSubtotal * value / 100)} on every eligible line;</li>
 *   <li>fixed amount: {@code min(value, eligible subtotal)}, spread over the eligible lines in proportion to their
 *       subtotals (each share rounded down, the leftover smallest units given to lines in order), so the shares add
 *       up to the amount exactly and no line goes below zero;</li>
 *   <li>buy X get Y: per eligible product (units of different products are never pooled), for every complete group
 *       of X + Y units, Y units are free: {@code floor(quantity / (X + Y)) * Y * unitPrice}.</li>
 * </ul>
 */
final class PromotionDiscounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PromotionDiscounts() {
    }

    static Evaluation evaluate(PromotionView promotion, List<PricedLine> lines, String currency, Instant now) {
        if (promotion.startsAfter(now)) {
            return Evaluation.not(promotion, NotApplicable.NOT_STARTED, "it starts at " + promotion.terms().startsAt());
        }
        if (promotion.isOverAt(now)) {
            return Evaluation.not(promotion, NotApplicable.EXPIRED, "it has ended");
        }
        if (promotion.isUsedUp()) {
            return Evaluation.not(promotion, NotApplicable.USAGE_LIMIT_REACHED, "its usage limit is reached");
        }
        boolean[] eligible = new boolean[lines.size()];
        BigDecimal eligibleSubtotal = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            eligible[i] = promotion.covers(line.productId(), line.categoryId());
            if (eligible[i]) {
                eligibleSubtotal = eligibleSubtotal.add(line.subtotal());
            }
        }
        if (noneEligible(eligible)) {
            return Evaluation.not(promotion, NotApplicable.NOT_IN_SCOPE, "no product in the order is part of it");
        }
        BigDecimal minimum = promotion.terms().minimumPurchase();
        if (minimum != null && minimum.signum() > 0) {
            if (!promotion.terms().currency().equals(currency)) {
                return Evaluation.not(promotion, NotApplicable.CURRENCY_MISMATCH,
                        "its minimum purchase is in " + promotion.terms().currency() + ", the order in " + currency);
            }
            if (eligibleSubtotal.compareTo(minimum) < 0) {
                return Evaluation.not(promotion, NotApplicable.MINIMUM_NOT_MET, "it needs a purchase of at least "
                        + minimum.toPlainString() + " " + currency + " of its products");
            }
        }
        return switch (promotion.terms().type()) {
            case PERCENTAGE -> percentage(promotion, lines, eligible, currency);
            case FIXED_AMOUNT -> fixedAmount(promotion, lines, eligible, eligibleSubtotal, currency);
            case BUY_X_GET_Y -> buyXGetY(promotion, lines, eligible);
        };
    }

    private static Evaluation percentage(PromotionView promotion, List<PricedLine> lines, boolean[] eligible,
                                         String currency) {
        BigDecimal[] discounts = zeros(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (eligible[i]) {
                discounts[i] = Amounts.round(lines.get(i).subtotal().multiply(promotion.terms().value()).divide(HUNDRED),
                        currency);
            }
        }
        return Evaluation.applies(promotion, discounts);
    }

    private static Evaluation fixedAmount(PromotionView promotion, List<PricedLine> lines, boolean[] eligible,
                                          BigDecimal eligibleSubtotal, String currency) {
        if (!promotion.terms().currency().equals(currency)) {
            return Evaluation.not(promotion, NotApplicable.CURRENCY_MISMATCH,
                    "its amount is in " + promotion.terms().currency() + ", the order in " + currency);
        }
        BigDecimal amount = Amounts.round(promotion.terms().value(), currency).min(eligibleSubtotal);
        BigDecimal[] discounts = zeros(lines.size());
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            if (eligible[i]) {
                discounts[i] = amount.multiply(lines.get(i).subtotal())
                        .divide(eligibleSubtotal, Amounts.scale(currency), RoundingMode.DOWN);
                given = given.add(discounts[i]);
            }
        }
        // Each share lost less than one unit to rounding down, and each line short of its subtotal can take one
        // more: a single pass hands out the whole leftover.
        BigDecimal unit = Amounts.smallestUnit(currency);
        for (int i = 0; i < lines.size() && given.compareTo(amount) < 0; i++) {
            if (eligible[i] && discounts[i].compareTo(lines.get(i).subtotal()) < 0) {
                discounts[i] = discounts[i].add(unit);
                given = given.add(unit);
            }
        }
        return Evaluation.applies(promotion, discounts);
    }

    private static Evaluation buyXGetY(PromotionView promotion, List<PricedLine> lines, boolean[] eligible) {
        int group = promotion.terms().buyQuantity() + promotion.terms().getQuantity();
        BigDecimal[] discounts = zeros(lines.size());
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            if (eligible[i]) {
                int free = lines.get(i).quantity() / group * promotion.terms().getQuantity();
                discounts[i] = lines.get(i).unitPrice().multiply(BigDecimal.valueOf(free));
                any |= free > 0;
            }
        }
        if (!any) {
            return Evaluation.not(promotion, NotApplicable.NOT_ENOUGH_UNITS, "buy " + promotion.terms().buyQuantity()
                    + " and get " + promotion.terms().getQuantity() + " free: it needs " + group + " units of one product");
        }
        return Evaluation.applies(promotion, discounts);
    }

    private static boolean noneEligible(boolean[] eligible) {
        for (boolean e : eligible) {
            if (e) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
