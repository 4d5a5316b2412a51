package iq.tsh.erp.api.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as the read side knows it, for ops, home, the product page and the checkout calculator: the terms ops
 * decided (the one list of a promotion's fields) and what happened to it since.
 *
 * @param id         the UUID (without the aggregate prefix)
 * @param usageCount redemptions so far
 * @param endedAt    when ops ended it; {@code null} while not ended
 */
public record PromotionView(
        String id,
        PromotionTerms terms,
        int usageCount,
        Instant endedAt,
        Instant createdAt) {

    /** Not started yet at {@code now}. */
    public boolean startsAfter(Instant now) {
        return terms.startsAt() != null && now.isBefore(terms.startsAt());
    }

    /** Over at {@code now}: past its end date or ended by ops. */
    public boolean isOverAt(Instant now) {
        return (terms.endsAt() != null && !now.isBefore(terms.endsAt()))
                || (endedAt != null && !now.isBefore(endedAt));
    }

    public boolean isUsedUp() {
        return terms.usageLimit() != null && usageCount >= terms.usageLimit();
    }

    /** Whether it can discount anything at {@code now} (window, not ended, uses left). */
    public boolean isActiveAt(Instant now) {
        return !startsAfter(now) && !isOverAt(now) && !isUsedUp();
    }

    /** Whether a product of this category is in the promotion's scope. */
    public boolean covers(String itemId, String categoryId) {
        return switch (terms.scope()) {
            case ALL -> true;
            case PRODUCTS -> terms.productIds().contains(itemId);
            case CATEGORIES -> categoryId != null && terms.categoryIds().contains(categoryId);
        };
    }
}
