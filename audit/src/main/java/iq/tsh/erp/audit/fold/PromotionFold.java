package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionRedeemed;

/**
 * A promotion: its terms as last set, its usage count so far, and {@code ended} once ops ended it (from {@code
 * endedAt} on it applies to nothing, whatever its terms say).
 */
final class PromotionFold {

    private static final String ENDED = "ended";

    static final AggregateFold FOLD = AggregateFold.of("Promotion")
            .on(PromotionCreated.class, PromotionFold::changed)
            .on(PromotionChanged.class, PromotionFold::changed)
            .on(PromotionRedeemed.class, PromotionFold::changed)
            .on(PromotionEnded.class, PromotionFold::ended)
            .build();

    private PromotionFold() {
    }

    private static void changed(ObjectNode state, ObjectNode payload) {
        Steps.changed(state, payload);
        if (!state.has(ENDED)) {
            state.put(ENDED, false);
        }
    }

    private static void ended(ObjectNode state, ObjectNode payload) {
        Steps.changed(state, payload);
        state.put(ENDED, true);
    }
}
