package iq.tsh.erp.api.promotion;

import java.time.Instant;

/**
 * The promotions running at {@code now} (started, not over, uses left), highest priority first, then newest, at
 * most {@code limit}: the home page's promotions. Answers {@link Promotions}; coded ones are included (with their
 * code, which the app may show as "use code X").
 */
public record FindActivePromotions(Instant now, int limit) {
}
