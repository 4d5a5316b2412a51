package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An order's totals from prices already fetched: pure, so every rule is table-tested without Spring or a database.
 * <ul>
 *   <li>Unknown, deleted or inactive products and lines priced in another currency than the order's are left out
 *       of the totals with a warning; out-of-stock lines and quantities above stock stay in, with a warning (the
 *       order step decides what it accepts).</li>
 *   <li>Unit prices are rounded to the currency first, so a line is {@code unitPrice * quantity}.</li>
 *   <li>Promotions: see {@link PromotionDiscounts} and {@link StackingRule}. A coded promotion is weighed only when
 *       its code is given (any case); an unknown, expired or otherwise unusable code is a warning, never an error.
 *       Automatic promotions that do not apply are silent unless the shopper can still reach them (minimum not met,
 *       too few units) or their currency differs.</li>
 *   <li>Tax is {@code taxRate} of the discounted goods, delivery excluded (delivery is a service charged at a flat
 *       fee; the same goods carry the same tax whether picked up or delivered), rounded half-even.</li>
 *   <li>Delivery is charged only when some line counts.</li>
 * </ul>
 */
public final class CheckoutCalculator {

    private CheckoutCalculator() {
    }

    public static CheckoutResult calculate(CheckoutInput input) {
        String currency = input.currency();
        List<CheckoutWarning> warnings = new ArrayList<>();
        List<PricedLine> lines = priceLines(input, warnings);
        List<Evaluation> applicable = weighPromotions(input, lines, warnings);
        List<StackingRule.Chosen> chosen = StackingRule.choose(applicable, lines);

        BigDecimal[] lineDiscounts = new BigDecimal[lines.size()];
        java.util.Arrays.fill(lineDiscounts, BigDecimal.ZERO);
        List<CheckoutResult.Applied> applied = new ArrayList<>();
        for (StackingRule.Chosen c : chosen) {
            for (int i = 0; i < lines.size(); i++) {
                lineDiscounts[i] = lineDiscounts[i].add(c.lineDiscounts()[i]);
            }
            applied.add(new CheckoutResult.Applied(c.promotion(), Amounts.round(c.total(), currency)));
        }
        warnAboutLosingCode(applicable, chosen, warnings);

        List<CheckoutResult.Line> resultLines = new ArrayList<>();
        BigDecimal subtotal = Amounts.zero(currency);
        BigDecimal discount = Amounts.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            BigDecimal lineDiscount = Amounts.round(lineDiscounts[i], currency);
            BigDecimal lineSubtotal = Amounts.round(line.subtotal(), currency);
            resultLines.add(new CheckoutResult.Line(line.productId(), line.quantity(), line.unitPrice(), lineDiscount,
                    lineSubtotal.subtract(lineDiscount)));
            subtotal = subtotal.add(lineSubtotal);
            discount = discount.add(lineDiscount);
        }
        BigDecimal goods = subtotal.subtract(discount);
        BigDecimal deliveryFee = lines.isEmpty() ? Amounts.zero(currency) : Amounts.round(input.deliveryFee(), currency);
        BigDecimal tax = Amounts.round(goods.multiply(input.taxRate()), currency);
        return new CheckoutResult(currency, resultLines, subtotal, discount, deliveryFee, tax,
                goods.add(deliveryFee).add(tax), applied, warnings);
    }

    private static List<PricedLine> priceLines(CheckoutInput input, List<CheckoutWarning> warnings) {
        List<PricedLine> lines = new ArrayList<>();
        for (CheckoutLine line : input.lines()) {
            PricedProduct product = line.product();
            String id = line.productId();
            if (product == null || !product.active() || product.price() == null) {
                warnings.add(CheckoutWarning.about(CheckoutWarning.PRODUCT_UNAVAILABLE, id,
                        "product " + id + " is not available; it is left out of the totals"));
                continue;
            }
            if (!input.currency().equals(product.currency())) {
                warnings.add(CheckoutWarning.about(CheckoutWarning.CURRENCY_MISMATCH, id, "product " + id
                        + " is priced in " + product.currency() + ", the order in " + input.currency()
                        + "; it is left out of the totals"));
                continue;
            }
            BigDecimal unitPrice = Amounts.round(product.price(), input.currency());
            BigDecimal available = product.available() == null ? BigDecimal.ZERO : product.available();
            if (available.signum() <= 0) {
                warnings.add(CheckoutWarning.about(CheckoutWarning.OUT_OF_STOCK, id, product.name() + " is out of stock"));
            } else if (available.compareTo(BigDecimal.valueOf(line.quantity())) < 0) {
                warnings.add(CheckoutWarning.about(CheckoutWarning.QUANTITY_ABOVE_STOCK, id, "only "
                        + available.stripTrailingZeros().toPlainString() + " of " + product.name() + " are available"));
            }
            if (line.priceWhenAdded() != null
                    && Amounts.round(line.priceWhenAdded(), input.currency()).compareTo(unitPrice) != 0) {
                warnings.add(CheckoutWarning.about(CheckoutWarning.PRICE_CHANGED, id, "the price of " + product.name()
                        + " changed from " + Amounts.round(line.priceWhenAdded(), input.currency()).toPlainString()
                        + " to " + unitPrice.toPlainString() + " " + input.currency()));
            }
            lines.add(new PricedLine(id, product.categoryId(), line.quantity(), unitPrice));
        }
        return lines;
    }

    private static List<Evaluation> weighPromotions(CheckoutInput input, List<PricedLine> lines,
                                                    List<CheckoutWarning> warnings) {
        String codeKey = codeKey(input.promotionCode());
        boolean codeFound = false;
        List<Evaluation> applicable = new ArrayList<>();
        List<PromotionView> candidates = input.promotions().stream()
                .sorted(Comparator.comparingInt((PromotionView p) -> p.terms().priority()).reversed()).toList();
        for (PromotionView promotion : candidates) {
            boolean coded = promotion.terms().code() != null;
            if (coded && !promotion.terms().code().toLowerCase(Locale.ROOT).equals(codeKey)) {
                continue;
            }
            codeFound |= coded;
            Evaluation evaluation = PromotionDiscounts.evaluate(promotion, lines, input.currency(), input.now());
            if (evaluation.applicable()) {
                applicable.add(evaluation);
            } else if (coded || evaluation.reason().concernsShopper()) {
                warnings.add(CheckoutWarning.promotion(evaluation.reason(),
                        "promotion " + label(promotion) + " does not apply: " + evaluation.why()));
            }
        }
        if (codeKey != null && !codeFound) {
            warnings.add(CheckoutWarning.promotion(NotApplicable.UNKNOWN_CODE,
                    "promotion code " + input.promotionCode().strip() + " is unknown"));
        }
        return applicable;
    }

    /** The shopper's code applies but lost to a better discount: say so, or it looks ignored. */
    private static void warnAboutLosingCode(List<Evaluation> applicable, List<StackingRule.Chosen> chosen,
                                            List<CheckoutWarning> warnings) {
        for (Evaluation e : applicable) {
            PromotionView promotion = e.promotion();
            if (promotion.terms().code() != null && chosen.stream().noneMatch(c -> c.promotion().id().equals(promotion.id()))) {
                warnings.add(CheckoutWarning.promotion(NotApplicable.BETTER_PROMOTION_APPLIED, "promotion code "
                        + promotion.terms().code() + " is valid, but a better discount applies to this order"));
            }
        }
    }

    private static String codeKey(String code) {
        return code == null || code.isBlank() ? null : code.strip().toLowerCase(Locale.ROOT);
    }

    private static String label(PromotionView promotion) {
        return promotion.terms().code() != null ? promotion.terms().code() : promotion.terms().name();
    }
}
