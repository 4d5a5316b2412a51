package iq.tsh.erp.api.promotion;

/** One promotion by its UUID, whatever its state; answers an optional {@link PromotionView}. */
public record FindPromotion(String id) {
}
