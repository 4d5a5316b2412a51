package iq.tsh.erp.bff.product;

import iq.tsh.erp.bff.promotion.PromotionCard;
import iq.tsh.erp.bff.review.ReviewItem;
import java.math.BigDecimal;
import java.util.List;

/** The product page: the card's fields first, then the detail. */
record ProductDetailResponse(
        String id,
        String name,
        BigDecimal price,
        String currency,
        String image,
        boolean inStock,
        Rating rating,
        String nameAr,
        String sku,
        String description,
        String brand,
        String unit,
        Category category,
        StockState stock,
        List<ReviewItem> reviews,
        List<PromotionCard> promotions) {

    record Category(String id, String name) {
    }

    record StockState(BigDecimal available, List<Location> locations) {
    }

    record Location(String id, String name, BigDecimal available) {
    }

    record Rating(BigDecimal average, long count) {
    }
}
