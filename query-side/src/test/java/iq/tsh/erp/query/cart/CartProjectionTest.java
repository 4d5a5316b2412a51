package iq.tsh.erp.query.cart;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartProjectionTest {

    static final String CUSTOMER = "4902000000000000001";
    static final CartId CART = CartId.of(CUSTOMER);
    static final Instant MONDAY = Instant.parse("2025-05-05T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2025-05-06T09:00:00Z");

    private final CartTable table = new CartTable(ReadModelDatabase.jdbc());
    private final Projector projector = projector(table);

    static Projector projector(CartTable table) {
        return new Projector(new CartProjection(table, Projector.progressUpdates()), "Cart");
    }

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    static CartItemAdded added(String item, int quantity, int line, String price, Instant at) {
        return new CartItemAdded(CART, CUSTOMER, item, quantity, line, new BigDecimal(price), "IQD", at);
    }

    /** A cart touched in every way: the same history the property test redelivers. */
    static Object[] busyCart() {
        return new Object[] {added("oil", 2, 2, "1500", MONDAY), added("tea", 1, 1, "750", MONDAY),
                added("oil", 1, 3, "1600", TUESDAY), new CartItemQuantityChanged(CART, CUSTOMER, "tea", 4, TUESDAY),
                new CartItemRemoved(CART, CUSTOMER, "oil", TUESDAY), added("rice", 5, 5, "9000", TUESDAY),
                new CartCleared(CART, CUSTOMER, TUESDAY), added("oil", 1, 1, "1700", TUESDAY),
                added("tea", 2, 2, "800", TUESDAY), added("oil", 1, 2, "1750", TUESDAY)};
    }

    @Test
    void keepsLinesInTheOrderProductsWereFirstAdded() {
        projector.handle(projector.history(CART.toString(), added("oil", 2, 2, "1500", MONDAY),
                added("tea", 1, 1, "750", MONDAY), added("oil", 1, 3, "1600", TUESDAY),
                new CartItemQuantityChanged(CART, CUSTOMER, "tea", 4, TUESDAY)));

        CartContents cart = table.contents(CUSTOMER);
        assertThat(cart.lines()).extracting(CartLine::itemId, CartLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("oil", 3), org.assertj.core.groups.Tuple.tuple("tea", 4));
        assertThat(cart.lines().get(0).unitPrice()).isEqualByComparingTo("1600");
        assertThat(cart.lines().get(0).addedAt()).isEqualTo(TUESDAY);
        assertThat(cart.updatedAt()).isEqualTo(TUESDAY);
        assertThat(table.lastApplied(CART.toString())).isEqualTo(3);
    }

    @Test
    void anUnknownCartIsEmptyAndHasAppliedNothing() {
        assertThat(table.contents(CUSTOMER)).isEqualTo(CartContents.empty(CUSTOMER));
        assertThat(table.lastApplied(CART.toString())).isEqualTo(-1);
    }

    @Test
    void aClearedCartIsEmptySinceTheClear() {
        projector.handle(projector.history(CART.toString(), added("oil", 2, 2, "1500", MONDAY),
                new CartCleared(CART, CUSTOMER, TUESDAY)));

        assertThat(table.contents(CUSTOMER)).isEqualTo(new CartContents(CUSTOMER, List.of(), TUESDAY));
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        Replays.assertReplayable(projector, projector.history(CART.toString(), busyCart()), "carts", "cart_items");
    }
}
