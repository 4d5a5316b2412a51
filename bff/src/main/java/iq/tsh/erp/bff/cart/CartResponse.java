package iq.tsh.erp.bff.cart;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The cart as the app shows it. Amounts are rounded for display (IQD whole dinars, USD cents).
 *
 * @param itemCount sum of the quantities
 * @param subtotal  the lines' totals at today's prices, in {@code currency} (the customer's price book's)
 * @param status    {@code empty}, {@code active}, or {@code abandoned} (items untouched for {@code ABANDONED_AFTER})
 */
public record CartResponse(List<Item> items, int itemCount, BigDecimal subtotal, String currency, String status,
                    Instant updatedAt) {

    /**
     * One line.
     *
     * @param unitPrice    the price when the customer last added the product (the snapshot)
     * @param currentPrice the price now in the customer's book; {@code null} when the product is no longer sold
     * @param lineTotal    {@code currentPrice} times {@code quantity}; {@code null} when the product is no longer sold
     * @param inStock      something can be sold now
     * @param available    the product is still listed and active, so it can be ordered
     * @param priceChanged the price now differs from the snapshot
     */
    public record Item(String productId, String name, String image, int quantity, BigDecimal unitPrice,
                BigDecimal currentPrice, String currency, BigDecimal lineTotal, boolean inStock, boolean available,
                boolean priceChanged) {
    }
}
