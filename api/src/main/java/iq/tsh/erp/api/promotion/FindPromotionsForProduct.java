package iq.tsh.erp.api.promotion;

import java.time.Instant;

/**
 * The promotions running at {@code now} whose scope covers this product (all, its item id, or its category),
 * highest priority first: the product page's promotions. Answers {@link Promotions}.
 *
 * @param categoryId the product's Zoho category id, {@code null} when it has none
 */
public record FindPromotionsForProduct(String itemId, String categoryId, Instant now) {
}
