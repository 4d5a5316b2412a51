package iq.tsh.erp.bff.checkout;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/mobile/checkout/calculate}; only {@code lines} is required. Quantities arrive as
 * decimals so that {@code 2.5} is refused instead of silently becoming 2.
 *
 * @param addressId accepted for the app's convenience; fees do not depend on the address yet
 */
record CalculateRequest(List<Line> lines, String promotionCode, String deliveryOption, String addressId) {

    /**
     * @param priceWhenAdded the unit price the shopper saw when adding the product (the cart's snapshot), optional
     */
    record Line(String productId, BigDecimal quantity, BigDecimal priceWhenAdded) {
    }
}
