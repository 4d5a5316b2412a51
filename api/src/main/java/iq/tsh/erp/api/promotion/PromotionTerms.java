package iq.tsh.erp.api.promotion;

import iq.tsh.erp.api.common.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything ops decide about a promotion. One rule set ({@link #problems()}) serves the admin endpoint (a 400
 * naming the field) and the aggregate (which never records terms that break it).
 *
 * @param code            {@code null}: applies automatically; otherwise only when the shopper gives it (any case)
 * @param value           percent (0-100] for {@code percentage}, an amount in {@code currency} for {@code fixed_amount},
 *                        unused for {@code buy_x_get_y}
 * @param currency        IQD or USD: of a fixed amount and of {@code minimumPurchase}
 * @param minimumPurchase the eligible lines' subtotal needed, in {@code currency}; {@code null} or 0: none
 * @param usageLimit      total redemptions allowed; {@code null}: unlimited
 * @param startsAt        {@code null}: from its creation
 * @param endsAt          exclusive; {@code null}: until ended
 * @param priority        higher first on home and first to take its share when stacking
 */
public record PromotionTerms(
        String name,
        String nameAr,
        String code,
        PromotionType type,
        BigDecimal value,
        String currency,
        Integer buyQuantity,
        Integer getQuantity,
        BigDecimal minimumPurchase,
        Integer usageLimit,
        Instant startsAt,
        Instant endsAt,
        PromotionScope scope,
        List<String> productIds,
        List<String> categoryIds,
        boolean stackable,
        int priority) {

    public static final Set<String> CURRENCIES = Set.of("IQD", "USD");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PromotionTerms {
        name = name == null ? null : name.strip();
        nameAr = nameAr == null || nameAr.isBlank() ? null : nameAr.strip();
        code = code == null || code.isBlank() ? null : code.strip();
        value = Decimals.normalize(value);
        currency = currency == null ? "IQD" : currency.strip().toUpperCase(Locale.ROOT);
        minimumPurchase = Decimals.normalize(minimumPurchase);
        scope = scope == null ? PromotionScope.ALL : scope;
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** The code as it is compared (codes are unique and matched without regard to case); {@code null} if none. */
    public String codeKey() {
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    /** What is wrong with these terms; empty when they can be recorded. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isEmpty() || name.length() > 200) {
            problems.add(new FieldProblem("name", "name is required, at most 200 characters"));
        }
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "a code is 3-40 letters, digits, '-' or '_'"));
        }
        if (!CURRENCIES.contains(currency)) {
            problems.add(new FieldProblem("currency", "currency must be IQD or USD"));
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "type must be percentage, fixed_amount or buy_x_get_y"));
        } else {
            typeProblems(problems);
        }
        if (minimumPurchase != null && minimumPurchase.signum() < 0) {
            problems.add(new FieldProblem("minimumPurchase", "minimumPurchase must not be negative"));
        }
        if (usageLimit != null && usageLimit < 1) {
            problems.add(new FieldProblem("usageLimit", "usageLimit must be at least 1 (leave it out for no limit)"));
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add(new FieldProblem("endsAt", "endsAt must be after startsAt"));
        }
        if (scope == PromotionScope.PRODUCTS && !hasIds(productIds)) {
            problems.add(new FieldProblem("productIds", "scope products needs at least one product id"));
        }
        if (scope == PromotionScope.CATEGORIES && !hasIds(categoryIds)) {
            problems.add(new FieldProblem("categoryIds", "scope categories needs at least one category id"));
        }
        return problems;
    }

    private void typeProblems(List<FieldProblem> problems) {
        switch (type) {
            case PERCENTAGE -> {
                if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
                    problems.add(new FieldProblem("value", "a percentage is more than 0 and at most 100"));
                }
            }
            case FIXED_AMOUNT -> {
                if (value == null || value.signum() <= 0) {
                    problems.add(new FieldProblem("value", "a fixed amount must be more than 0"));
                }
            }
            case BUY_X_GET_Y -> {
                if (buyQuantity == null || buyQuantity < 1) {
                    problems.add(new FieldProblem("buyQuantity", "buyQuantity must be at least 1"));
                }
                if (getQuantity == null || getQuantity < 1) {
                    problems.add(new FieldProblem("getQuantity", "getQuantity must be at least 1"));
                }
            }
        }
    }

    private static boolean hasIds(List<String> ids) {
        return !ids.isEmpty() && ids.stream().allMatch(id -> id != null && !id.isBlank());
    }
}
