package iq.tsh.erp.api.promotion;

import java.util.List;

/** The answer to the promotion list queries. */
public record Promotions(List<PromotionView> promotions) {

    public Promotions {
        promotions = List.copyOf(promotions);
    }
}
