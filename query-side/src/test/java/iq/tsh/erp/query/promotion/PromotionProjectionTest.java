package iq.tsh.erp.query.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromotionProjectionTest {

    private static final PromotionId ID = PromotionId.of("0b6a3c1e-7d2f-4a51-9a43-1f5e0c2d9b11");
    private static final Instant CREATED = Instant.parse("2025-05-01T08:00:00Z");
    private static final Instant STARTS = Instant.parse("2025-05-02T00:00:00Z");
    private static final Instant ENDS = Instant.parse("2025-06-01T00:00:00Z");

    private final PromotionTable table = new PromotionTable(ReadModelDatabase.jdbc());
    private final Projector projector = new Projector(new PromotionProjection(table), "Promotion");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    private static PromotionTerms terms(String name, String value, Integer usageLimit) {
        return new PromotionTerms(name, "عرض", "SPRING", PromotionType.PERCENTAGE, new BigDecimal(value), "IQD",
                null, null, new BigDecimal("10000"), usageLimit, STARTS, ENDS, PromotionScope.PRODUCTS,
                List.of("5128000000000000001", "5128000000000000002"), List.of(), true, 5);
    }

    @Test
    void holdsEveryTermAndWhatHappenedSince() {
        projector.handle(projector.history(ID.toString(), new PromotionCreated(ID, terms("Spring", "10", 2), CREATED),
                new PromotionChanged(ID, terms("Spring sale", "12.5", 2), CREATED.plusSeconds(60)),
                new PromotionRedeemed(ID, "r1", 1, CREATED.plusSeconds(120))));

        PromotionView view = table.find(ID.uuid()).orElseThrow();
        assertThat(view.terms().name()).isEqualTo("Spring sale");
        assertThat(view.terms().value()).isEqualByComparingTo("12.5");
        assertThat(view.terms().code()).isEqualTo("SPRING");
        assertThat(view.terms().productIds()).containsExactly("5128000000000000001", "5128000000000000002");
        assertThat(view.terms().startsAt()).isEqualTo(STARTS);
        assertThat(view.createdAt()).as("a change keeps the creation time").isEqualTo(CREATED);
        assertThat(view.usageCount()).isEqualTo(1);
        assertThat(view.terms().stackable()).isTrue();
        assertThat(table.active(STARTS.plusSeconds(1), 10)).extracting(PromotionView::id).containsExactly(ID.uuid());
        assertThat(table.withCode("spring")).hasSize(1);
    }

    @Test
    void anEndedOrUsedUpPromotionIsNotActive() {
        projector.handle(projector.history(ID.toString(), new PromotionCreated(ID, terms("Spring", "10", 1), CREATED),
                new PromotionRedeemed(ID, "r1", 1, CREATED)));
        assertThat(table.active(STARTS.plusSeconds(1), 10)).isEmpty();

        PromotionId other = PromotionId.of("5c0f9a52-2f43-4a0b-8f0e-6c1b2f0d7a01");
        projector.handle(projector.history(other.toString(), new PromotionCreated(other, terms("B", "10", null), CREATED),
                new PromotionEnded(other, STARTS.plusSeconds(10))));
        assertThat(table.active(STARTS.plusSeconds(1), 10)).extracting(PromotionView::id).containsExactly(other.uuid());
        assertThat(table.active(STARTS.plusSeconds(11), 10)).isEmpty();
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        Replays.assertReplayable(projector, projector.history(ID.toString(),
                new PromotionCreated(ID, terms("Spring", "10", 5), CREATED),
                new PromotionChanged(ID, terms("Spring sale", "12.5", 5), CREATED),
                new PromotionRedeemed(ID, "r1", 1, CREATED), new PromotionRedeemed(ID, "r2", 2, CREATED),
                new PromotionEnded(ID, ENDS)), "promotions");
    }
}
