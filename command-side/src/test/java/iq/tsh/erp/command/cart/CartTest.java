package iq.tsh.erp.command.cart;

import iq.tsh.erp.api.cart.AddCartItem;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.api.cart.CartRejection;
import iq.tsh.erp.api.cart.ChangeCartItemQuantity;
import iq.tsh.erp.api.cart.ClearCart;
import iq.tsh.erp.api.cart.RemoveCartItem;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartTest {

    private static final String CUSTOMER = "4902000000000000001";
    private static final CartId CART = CartId.of(CUSTOMER);
    private static final String OIL = "4901000000000000001";
    private static final String TEA = "4901000000000000002";
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");
    private static final BigDecimal PRICE = new BigDecimal("18500");
    private static final BigDecimal NEW_PRICE = new BigDecimal("19000");

    private AggregateTestFixture<Cart> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Cart.class);
    }

    private static CartItemAdded added(String item, int quantity, int lineQuantity, BigDecimal price, Instant at) {
        return new CartItemAdded(CART, CUSTOMER, item, quantity, lineQuantity, price, "IQD", at);
    }

    private static AddCartItem add(String item, int quantity, BigDecimal price, Instant at) {
        return new AddCartItem(CART, CUSTOMER, item, quantity, price, "IQD", at);
    }

    @Test
    void startsTheCartWithTheFirstProductAndItsPriceSnapshot() {
        fixture.givenNoPriorActivity()
                .when(add(OIL, 2, PRICE, MONDAY))
                .expectEvents(added(OIL, 2, 2, PRICE, MONDAY))
                .expectResultMessagePayload(0L);
    }

    @Test
    void addingAProductAgainGrowsItsLineAndRefreshesTheSnapshot() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(add(OIL, 3, NEW_PRICE, TUESDAY))
                .expectEvents(added(OIL, 3, 5, NEW_PRICE, TUESDAY))
                .expectResultMessagePayload(1L);
    }

    @Test
    void growsAnExistingLineAmongOthers() {
        fixture.given(added(OIL, 1, 1, PRICE, MONDAY), added(TEA, 1, 1, PRICE, MONDAY))
                .when(add(OIL, 1, PRICE, TUESDAY))
                .expectEvents(added(OIL, 1, 2, PRICE, TUESDAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsAQuantityBelowOne() {
        fixture.givenNoPriorActivity()
                .when(add(OIL, 0, PRICE, MONDAY))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(CartRejection.QUANTITY_OUT_OF_RANGE);
    }

    @Test
    void rejectsAnAdditionThatWouldPassTheLineLimit() {
        fixture.given(added(OIL, 990, 990, PRICE, MONDAY))
                .when(add(OIL, 10, PRICE, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(CartRejection.QUANTITY_OUT_OF_RANGE);
    }

    @Test
    void acceptsALineOfExactlyTheLimit() {
        fixture.given(added(OIL, 990, 990, PRICE, MONDAY))
                .when(add(OIL, 9, PRICE, TUESDAY))
                .expectEvents(added(OIL, 9, 999, PRICE, TUESDAY));
    }

    @Test
    void changesTheQuantityAndKeepsTheSnapshot() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(new ChangeCartItemQuantity(CART, CUSTOMER, OIL, 7, TUESDAY))
                .expectEvents(new CartItemQuantityChanged(CART, CUSTOMER, OIL, 7, TUESDAY))
                .expectResultMessagePayload(1L);
    }

    @Test
    void staysSilentWhenTheQuantityIsAlreadySo() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(new ChangeCartItemQuantity(CART, CUSTOMER, OIL, 2, TUESDAY))
                .expectNoEvents();
    }

    @Test
    void rejectsAQuantityOverTheLimit() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(new ChangeCartItemQuantity(CART, CUSTOMER, OIL, 1000, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(CartRejection.QUANTITY_OUT_OF_RANGE);
    }

    @Test
    void rejectsChangingAProductNotInTheCart() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(new ChangeCartItemQuantity(CART, CUSTOMER, TEA, 1, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(CartRejection.ITEM_NOT_IN_CART);
    }

    @Test
    void rejectsChangingWhenThereIsNoCartYet() {
        fixture.givenNoPriorActivity()
                .when(new ChangeCartItemQuantity(CART, CUSTOMER, OIL, 1, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(CartRejection.ITEM_NOT_IN_CART);
    }

    @Test
    void removesAProduct() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY), added(TEA, 1, 1, PRICE, MONDAY))
                .when(new RemoveCartItem(CART, CUSTOMER, OIL, TUESDAY))
                .expectEvents(new CartItemRemoved(CART, CUSTOMER, OIL, TUESDAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void rejectsRemovingAProductNotInTheCart() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY), new CartItemRemoved(CART, CUSTOMER, OIL, MONDAY))
                .when(new RemoveCartItem(CART, CUSTOMER, OIL, TUESDAY))
                .expectNoEvents()
                .expectExceptionDetails(CartRejection.ITEM_NOT_IN_CART);
    }

    @Test
    void clearsTheCart() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY), added(TEA, 1, 1, PRICE, MONDAY))
                .when(new ClearCart(CART, CUSTOMER, TUESDAY))
                .expectEvents(new CartCleared(CART, CUSTOMER, TUESDAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void clearingAnEmptyCartChangesNothing() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY), new CartCleared(CART, CUSTOMER, MONDAY))
                .when(new ClearCart(CART, CUSTOMER, TUESDAY))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void clearingACartNeverUsedAnswersNoSequence() {
        fixture.givenNoPriorActivity()
                .when(new ClearCart(CART, CUSTOMER, TUESDAY))
                .expectNoEvents()
                .expectResultMessagePayload(-1L);
    }

    @Test
    void addingAfterClearingStartsAFreshLine() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY), new CartCleared(CART, CUSTOMER, MONDAY))
                .when(add(OIL, 1, NEW_PRICE, TUESDAY))
                .expectEvents(added(OIL, 1, 1, NEW_PRICE, TUESDAY));
    }

    @Test
    void refusesACommandForAnotherCustomersCart() {
        fixture.given(added(OIL, 2, 2, PRICE, MONDAY))
                .when(new ClearCart(CART, "4902000000000000999", TUESDAY))
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }
}
