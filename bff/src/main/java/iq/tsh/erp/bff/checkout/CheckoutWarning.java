package iq.tsh.erp.bff.checkout;

/**
 * Something the shopper should know that does not stop the calculation.
 *
 * @param code      UPPER_SNAKE: OUT_OF_STOCK, QUANTITY_ABOVE_STOCK, PRODUCT_UNAVAILABLE, CURRENCY_MISMATCH,
 *                  PRICE_CHANGED, PROMOTION_NOT_APPLICABLE
 * @param productId the product it concerns, {@code null} when it concerns the order
 * @param reason    for PROMOTION_NOT_APPLICABLE why ({@link NotApplicable}), else {@code null}
 */
public record CheckoutWarning(String code, String message, String productId, String reason) {

    public static final String OUT_OF_STOCK = "OUT_OF_STOCK";
    public static final String QUANTITY_ABOVE_STOCK = "QUANTITY_ABOVE_STOCK";
    public static final String PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";
    public static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    public static final String PRICE_CHANGED = "PRICE_CHANGED";
    public static final String PROMOTION_NOT_APPLICABLE = "PROMOTION_NOT_APPLICABLE";

    static CheckoutWarning about(String code, String productId, String message) {
        return new CheckoutWarning(code, message, productId, null);
    }

    static CheckoutWarning promotion(NotApplicable reason, String message) {
        return new CheckoutWarning(PROMOTION_NOT_APPLICABLE, message, null, reason.name());
    }
}
