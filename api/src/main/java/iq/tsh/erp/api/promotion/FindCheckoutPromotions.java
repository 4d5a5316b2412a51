package iq.tsh.erp.api.promotion;

import java.time.Instant;

/**
 * What the checkout calculator weighs: every automatic (code-less) promotion running at {@code now}, plus the
 * promotion whose code matches {@code code} (any case) whatever its state, so the calculator can say why it does not
 * apply (expired, not started, used up). Answers {@link Promotions}.
 *
 * @param code the code the shopper typed; {@code null} or blank for none
 */
public record FindCheckoutPromotions(String code, Instant now) {
}
