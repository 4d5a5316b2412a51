package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which applicable promotions an order gets. Promotions do not combine unless marked stackable:
 * <ol>
 *   <li>the best single is the non-stackable promotion with the largest discount (ties: higher priority, then the
 *       one listed first);</li>
 *   <li>the stack is every stackable promotion, added up (not compounded: each computed on the undiscounted
 *       lines), taken in priority order with each line's discount capped at its subtotal, so a line never goes
 *       below zero; a stackable promotion left with nothing to take is dropped;</li>
 *   <li>the order gets the stack when it gives strictly more than the best single, else the best single.</li>
 * </ol>
 * A lone stackable promotion is a stack of one, so the rule also covers "best single discount" overall.
 */
final class StackingRule {

    private static final Comparator<Evaluation> BY_PRIORITY =
            Comparator.comparingInt((Evaluation e) -> e.promotion().terms().priority()).reversed();

    private StackingRule() {
    }

    /** A promotion the order gets and what it takes off each line. */
    record Chosen(PromotionView promotion, BigDecimal[] lineDiscounts) {
        BigDecimal total() {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal d : lineDiscounts) {
                total = total.add(d);
            }
            return total;
        }
    }

    static List<Chosen> choose(List<Evaluation> applicable, List<PricedLine> lines) {
        Evaluation bestSingle = null;
        for (Evaluation e : applicable) {
            if (!e.promotion().terms().stackable() && (bestSingle == null || better(e, bestSingle))) {
                bestSingle = e;
            }
        }
        List<Chosen> stack = stack(applicable.stream().filter(e -> e.promotion().terms().stackable())
                .sorted(BY_PRIORITY).toList(), lines);
        BigDecimal stackTotal = stack.stream().map(Chosen::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (bestSingle != null && bestSingle.total().compareTo(stackTotal) >= 0) {
            return List.of(new Chosen(bestSingle.promotion(), bestSingle.lineDiscounts()));
        }
        return stack;
    }

    private static boolean better(Evaluation candidate, Evaluation best) {
        int byTotal = candidate.total().compareTo(best.total());
        return byTotal > 0 || (byTotal == 0 && candidate.promotion().terms().priority() > best.promotion().terms().priority());
    }

    private static List<Chosen> stack(List<Evaluation> stackables, List<PricedLine> lines) {
        BigDecimal[] remaining = lines.stream().map(PricedLine::subtotal).toArray(BigDecimal[]::new);
        List<Chosen> chosen = new ArrayList<>();
        for (Evaluation e : stackables) {
            BigDecimal[] taken = new BigDecimal[lines.size()];
            boolean any = false;
            for (int i = 0; i < lines.size(); i++) {
                taken[i] = e.lineDiscounts()[i].min(remaining[i]);
                remaining[i] = remaining[i].subtract(taken[i]);
                any |= taken[i].signum() > 0;
            }
            if (any) {
                chosen.add(new Chosen(e.promotion(), taken));
            }
        }
        return chosen;
    }
}
