package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.FieldProblem;
import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body of {@code POST} and {@code PUT /api/admin/promotions}: all the terms (a PUT replaces them all). Type and
 * scope arrive as text and counts as decimals, so that a wrong value is named instead of guessed.
 */
record PromotionRequest(
        String name,
        String nameAr,
        String code,
        String type,
        BigDecimal value,
        String currency,
        BigDecimal buyQuantity,
        BigDecimal getQuantity,
        BigDecimal minimumPurchase,
        BigDecimal usageLimit,
        Instant startsAt,
        Instant endsAt,
        String scope,
        List<String> productIds,
        List<String> categoryIds,
        Boolean stackable,
        Integer priority) {

    private static final int MAX_NAME = 200;
    private static final int MAX_IDS = 1000;
    private static final int MAX_ID = 64;

    /** The terms, or every field at fault. */
    PromotionTerms toTerms() {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<PromotionType> promotionType = type == null ? Optional.empty() : PromotionType.fromWire(type);
        if (promotionType.isEmpty()) {
            problems.add(new FieldProblem("type", "type must be percentage, fixed_amount or buy_x_get_y"));
        }
        Optional<PromotionScope> promotionScope = scope == null ? Optional.of(PromotionScope.ALL)
                : PromotionScope.fromWire(scope);
        if (promotionScope.isEmpty()) {
            problems.add(new FieldProblem("scope", "scope must be all, products or categories"));
        }
        if (nameAr != null && nameAr.length() > MAX_NAME) {
            problems.add(new FieldProblem("nameAr", "nameAr is at most " + MAX_NAME + " characters"));
        }
        boolean idsUsable = ids(productIds, "productIds", problems) & ids(categoryIds, "categoryIds", problems);
        Integer buy = whole(buyQuantity, "buyQuantity", problems);
        Integer get = whole(getQuantity, "getQuantity", problems);
        Integer limit = whole(usageLimit, "usageLimit", problems);
        if (!idsUsable) {
            // Terms cannot even be built from a list holding null: report what is known so far.
            throw new InvalidPromotionException(problems);
        }
        PromotionTerms terms = new PromotionTerms(name, nameAr, code, promotionType.orElse(null), value, currency, buy,
                get, minimumPurchase, limit, startsAt, endsAt, promotionScope.orElse(PromotionScope.ALL), productIds,
                categoryIds, Boolean.TRUE.equals(stackable), priority == null ? 0 : priority);
        terms.problems().stream()
                .filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidPromotionException(problems);
        }
        return terms;
    }

    /** Zoho ids: each one present and short, and not more of them than a shop has reason to name. */
    private static boolean ids(List<String> ids, String field, List<FieldProblem> problems) {
        if (ids == null) {
            return true;
        }
        if (ids.size() > MAX_IDS) {
            problems.add(new FieldProblem(field, field + " holds at most " + MAX_IDS + " ids"));
            return false;
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank() || id.length() > MAX_ID) {
                problems.add(new FieldProblem(field + "[" + i + "]", "an id of 1 to " + MAX_ID + " characters"));
                return false;
            }
        }
        return true;
    }

    private static Integer whole(BigDecimal number, String field, List<FieldProblem> problems) {
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.add(new FieldProblem(field, field + " must be a whole number"));
            return null;
        }
        return number.intValueExact();
    }
}
