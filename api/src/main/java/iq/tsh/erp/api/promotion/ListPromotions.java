package iq.tsh.erp.api.promotion;

/** Every promotion for ops, newest first, at most {@code limit}; answers {@link Promotions}. */
public record ListPromotions(int limit) {
}
