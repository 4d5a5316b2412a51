package iq.tsh.erp.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as the read side knows it, for ops, home, the product page and the checkout calculator.
 *
 * @param id         the UUID (without the aggregate prefix)
 * @param usageCount redemptions so far
 * @param endedAt    when ops ended it; {@code null} while not ended
 */
public record PromotionView(
        String id,
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
        int usageCount,
        Instant startsAt,
        Instant endsAt,
        PromotionScope scope,
        List<String> productIds,
        List<String> categoryIds,
        boolean stackable,
        int priority,
        Instant endedAt,
        Instant createdAt) {

    public PromotionView {
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
    }

    /** Not started yet at {@code now}. */
    public boolean startsAfter(Instant now) {
        return startsAt != null && now.isBefore(startsAt);
    }

    /** Over at {@code now}: past its end date or ended by ops. */
    public boolean isOverAt(Instant now) {
        return (endsAt != null && !now.isBefore(endsAt)) || (endedAt != null && !now.isBefore(endedAt));
    }

    public boolean isUsedUp() {
        return usageLimit != null && usageCount >= usageLimit;
    }

    /** Whether it can discount anything at {@code now} (window, not ended, uses left). */
    public boolean isActiveAt(Instant now) {
        return !startsAfter(now) && !isOverAt(now) && !isUsedUp();
    }

    /** Whether a product of this category is in the promotion's scope. */
    public boolean covers(String itemId, String categoryId) {
        return switch (scope) {
            case ALL -> true;
            case PRODUCTS -> productIds.contains(itemId);
            case CATEGORIES -> categoryId != null && categoryIds.contains(categoryId);
        };
    }
}
