package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromotionFoldTest {

    private static final PromotionId ID = PromotionId.of("0b6c6f3e-8f7e-4a53-9d0c-2f5b8c1d9e01");
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-06T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-07T09:00:00Z");

    private static PromotionTerms terms(String percent) {
        return new PromotionTerms("Eid", "عيد", "EID25", PromotionType.PERCENTAGE, new BigDecimal(percent), "IQD",
                null, null, null, 100, T1, null, PromotionScope.ALL, List.of(), List.of(), false, 0);
    }

    @Test
    void keepsTheLatestTermsAndUsage() {
        ObjectNode state = stateOf(new PromotionCreated(ID, terms("10"), T1), new PromotionChanged(ID, terms("15"), T2),
                new PromotionRedeemed(ID, "order-1", 1, T2), new PromotionRedeemed(ID, "order-2", 2, T3));

        assertThat(state.get("terms").get("value").decimalValue()).isEqualByComparingTo("15");
        assertThat(state.get("terms").get("type").asText()).isEqualTo("percentage");
        assertThat(state.get("usageCount").intValue()).isEqualTo(2);
        assertThat(state.get("ended").asBoolean()).isFalse();
        assertThat(state.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void anEndedPromotionSaysSo() {
        ObjectNode state = stateOf(new PromotionCreated(ID, terms("10"), T1), new PromotionEnded(ID, T2),
                new PromotionRedeemed(ID, "order-late", 1, T3));

        assertThat(state.get("ended").asBoolean()).isTrue();
        assertThat(state.get("endedAt").asText()).isEqualTo(T2.toString());
    }
}
