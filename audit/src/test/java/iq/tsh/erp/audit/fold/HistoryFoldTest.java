package iq.tsh.erp.audit.fold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.product.ProductDeleted;
import iq.tsh.erp.api.product.ProductId;
import iq.tsh.erp.api.product.ProductSynced;
import iq.tsh.erp.api.product.Stock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the fold does with an event it cannot fold: leaves the state alone and says so. */
class HistoryFoldTest {

    private static final ProductId ID = ProductId.ofItem("5128640000000001001");
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    /** Named like a deletion, which the old fold took for one; no fold knows it, so it must change nothing. */
    private static final String IMAGE_DELETED = "iq.tsh.erp.api.product.ProductImageDeleted";

    private static ObjectNode fields(String name, boolean deleted) {
        return JsonNodeFactory.instance.objectNode().put("productId", ID.value()).put("name", name)
                .put("deleted", deleted);
    }

    @Test
    void anEventTypeNoFoldKnowsChangesNothingAndIsListed() {
        HistoryFold fold = Stored.fold(new ProductSynced(ID, null, Stock.NONE, T1));
        ObjectNode before = fold.state().deepCopy();

        fold.apply(1, 1001, "ProductImageDeleted", IMAGE_DELETED, fields("image", true));

        assertThat(fold.state()).isEqualTo(before);
        assertThat(fold.state().get("deleted").asBoolean()).isFalse();
        assertThat(fold.unfolded()).containsExactly(new UnfoldedEvent(1, 1001, "ProductImageDeleted", IMAGE_DELETED,
                "no fold knows the event type " + IMAGE_DELETED));
    }

    @Test
    void anEventOfAnotherAggregateTypeIsListed() {
        HistoryFold fold = Stored.fold(new ProductSynced(ID, null, Stock.NONE, T1));
        CartCleared cleared = new CartCleared(CartId.of("5128640000000050001"), "5128640000000050001", T1);

        fold.apply(1, 1001, "CartCleared", CartCleared.class.getName(), Stored.tree(cleared));

        assertThat(fold.state().has("cartId")).isFalse();
        assertThat(fold.unfolded()).singleElement()
                .satisfies(unfolded -> assertThat(unfolded.reason()).isEqualTo("an event of Cart, not of Product"));
    }

    @Test
    void aPayloadThatIsNotAJsonObjectIsListed() {
        HistoryFold fold = Stored.fold(new ProductSynced(ID, null, Stock.NONE, T1));

        fold.apply(1, 1001, "ProductDeleted", ProductDeleted.class.getName(), TextNode.valueOf("not json"));

        assertThat(fold.state().get("deleted").asBoolean()).isFalse();
        assertThat(fold.unfolded()).singleElement()
                .satisfies(unfolded -> assertThat(unfolded.reason()).isEqualTo("the payload is not a JSON object"));
    }

    @Test
    void theFirstEventAFoldKnowsChoosesTheFold() {
        HistoryFold fold = new HistoryFold();

        fold.apply(0, 1000, "ProductImageDeleted", IMAGE_DELETED, fields("image", true));
        fold.apply(1, 1001, "ProductDeleted", ProductDeleted.class.getName(), Stored.tree(new ProductDeleted(ID, T1)));

        assertThat(fold.state().get("deleted").asBoolean()).isTrue();
        assertThat(fold.state().has("name")).isFalse();
        assertThat(fold.unfolded()).extracting(UnfoldedEvent::sequence).containsExactly(0L);
    }

    @Test
    void aHistoryOfUnknownEventsHasAnEmptyStateAndListsThemAll() {
        HistoryFold fold = new HistoryFold();

        fold.apply(0, 1000, "ProductImageDeleted", IMAGE_DELETED, fields("image", true));
        fold.apply(1, 1001, "ProductImageDeleted", IMAGE_DELETED, fields("image", true));

        assertThat(fold.state()).isEmpty();
        assertThat(fold.unfolded()).extracting(UnfoldedEvent::sequence).containsExactly(0L, 1L);
    }

    @Test
    void aWholeHistoryFoldsWithNothingListed() {
        HistoryFold fold = Stored.fold(new ProductSynced(ID, null, Stock.NONE, T1), new ProductDeleted(ID, T1));

        assertThat(fold.unfolded()).isEmpty();
        assertThat(fold.state().get("deleted").asBoolean()).isTrue();
    }
}
