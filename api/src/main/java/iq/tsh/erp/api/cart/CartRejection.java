package iq.tsh.erp.api.cart;

/**
 * Why the cart refused a command; carried as the details of Axon's {@code CommandExecutionException}, so callers
 * decide on the code and never on a message.
 */
public enum CartRejection {
    /** The product is not in the cart. */
    ITEM_NOT_IN_CART,
    /** A line would hold fewer than 1 or more than {@code MAX_QUANTITY} units. */
    QUANTITY_OUT_OF_RANGE;

    /** The most units of one product a cart line holds. */
    public static final int MAX_QUANTITY = 999;
}
