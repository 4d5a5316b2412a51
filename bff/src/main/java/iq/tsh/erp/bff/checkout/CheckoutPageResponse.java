package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.bff.address.AddressResponse;
import iq.tsh.erp.bff.cart.CartResponse;
import iq.tsh.erp.bff.promotion.PromotionCard;
import java.util.List;

/**
 * The checkout screen. {@code totals} has the shape of the calculation's answer (lines, subtotal, discount,
 * deliveryFee, tax, total, currency, appliedPromotions, warnings) for the cart and the chosen delivery option.
 */
record CheckoutPageResponse(
        CartResponse cart,
        List<AddressResponse> addresses,
        List<PromotionCard> promotions,
        List<CheckoutOptions.PaymentMethodView> paymentMethods,
        List<CheckoutOptions.DeliveryOptionView> deliveryOptions,
        CalculateResponse totals) {
}
