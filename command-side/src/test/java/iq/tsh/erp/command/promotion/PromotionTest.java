package iq.tsh.erp.command.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.promotion.ChangePromotion;
import iq.tsh.erp.api.promotion.CreatePromotion;
import iq.tsh.erp.api.promotion.EndPromotion;
import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import iq.tsh.erp.api.promotion.PromotionRejection;
import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.RedeemPromotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromotionTest {

    private static final PromotionId ID = PromotionId.of("0b5c3f1e-1d2a-4c8e-9a51-1f0f4f6b2a01");
    private static final PromotionId OTHER = PromotionId.of("7d9e8f70-3c1b-4a62-8e2f-5b4a3c2d1e0f");
    private static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant MAY_2 = Instant.parse("2026-05-02T00:00:00Z");

    private AggregateTestFixture<Promotion> fixture;
    private InMemoryCodes codes;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Promotion.class);
        codes = new InMemoryCodes();
        fixture.registerAnnotatedCommandHandler(new PromotionCommandHandler(fixture.getRepository(), codes));
    }

    private static PromotionTerms percent(String code, int percent, Integer usageLimit) {
        return new PromotionTerms("Ramadan", "رمضان", code, PromotionType.PERCENTAGE, BigDecimal.valueOf(percent),
                "IQD", null, null, null, usageLimit, MAY_1, null, PromotionScope.ALL, List.of(), List.of(), false, 5);
    }

    @Test
    void createsPromotionAndClaimsItsCode() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotion(ID, percent("RAMADAN", 10, null), MAY_1))
                .expectEvents(new PromotionCreated(ID, percent("RAMADAN", 10, null), MAY_1));
        assertThat(codes.holders).containsEntry("ramadan", ID.value());
    }

    @Test
    void rejectsPercentageOverHundred() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotion(ID, percent(null, 120, null), MAY_1))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new PromotionRejection(PromotionRejection.INVALID_TERMS, "value",
                        "a percentage is more than 0 and at most 100"));
    }

    @Test
    void rejectsCodeAnotherPromotionHoldsWhateverItsCase() {
        codes.holders.put("ramadan", OTHER.value());
        fixture.givenNoPriorActivity()
                .when(new CreatePromotion(ID, percent("Ramadan", 10, null), MAY_1))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new PromotionRejection(PromotionRejection.CODE_TAKEN, "code",
                        "another promotion already uses the code Ramadan"));
    }

    @Test
    void changesTermsAndMovesItsCode() {
        codes.holders.put("ramadan", ID.value());
        fixture.given(new PromotionCreated(ID, percent("RAMADAN", 10, null), MAY_1))
                .when(new ChangePromotion(ID, percent("EID", 15, null), MAY_2))
                .expectEvents(new PromotionChanged(ID, percent("EID", 15, null), MAY_2));
        assertThat(codes.holders).containsOnlyKeys("eid");
    }

    @Test
    void cannotChangeEndedPromotion() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, null), MAY_1), new PromotionEnded(ID, MAY_2))
                .when(new ChangePromotion(ID, percent(null, 15, null), MAY_2))
                .expectNoEvents()
                .expectException(CommandExecutionException.class);
    }

    @Test
    void endsPromotion() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, null), MAY_1))
                .when(new EndPromotion(ID, MAY_2))
                .expectEvents(new PromotionEnded(ID, MAY_2))
                .expectResultMessagePayload(MAY_2);
    }

    @Test
    void endingTwiceIsHarmless() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, null), MAY_1), new PromotionEnded(ID, MAY_1))
                .when(new EndPromotion(ID, MAY_2))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(MAY_1);
    }

    @Test
    void countsRedemption() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, 2), MAY_1))
                .when(new RedeemPromotion(ID, "order-1", MAY_2))
                .expectEvents(new PromotionRedeemed(ID, "order-1", 1, MAY_2));
    }

    @Test
    void countsSameRedemptionOnce() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, 2), MAY_1),
                        new PromotionRedeemed(ID, "order-1", 1, MAY_2))
                .when(new RedeemPromotion(ID, "order-1", MAY_2))
                .expectNoEvents();
    }

    @Test
    void refusesRedemptionPastItsLimit() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, 1), MAY_1),
                        new PromotionRedeemed(ID, "order-1", 1, MAY_2))
                .when(new RedeemPromotion(ID, "order-2", MAY_2))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new PromotionRejection(PromotionRejection.USAGE_LIMIT_REACHED, null,
                        "the promotion's usage limit is reached"));
    }

    @Test
    void refusesRedemptionOfEndedPromotion() {
        fixture.given(new PromotionCreated(ID, percent(null, 10, null), MAY_1), new PromotionEnded(ID, MAY_2))
                .when(new RedeemPromotion(ID, "order-1", MAY_2))
                .expectNoEvents()
                .expectException(CommandExecutionException.class);
    }

    /** The claims table without a database: the rules are the same, the race is the database's to settle. */
    private static final class InMemoryCodes implements PromotionCodes {
        final Map<String, String> holders = new HashMap<>();

        @Override
        public boolean claim(String codeKey, String promotionId) {
            return holders.computeIfAbsent(codeKey, k -> promotionId).equals(promotionId);
        }

        @Override
        public void releaseOthers(String promotionId, String keptCodeKey) {
            holders.entrySet().removeIf(e -> e.getValue().equals(promotionId) && !e.getKey().equals(keptCodeKey));
        }
    }
}
