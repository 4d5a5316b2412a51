package iq.tsh.erp.app.cart;

import static iq.tsh.erp.app.cart.Shopping.add;
import static iq.tsh.erp.app.cart.Shopping.assertProblem;
import static iq.tsh.erp.app.cart.Shopping.delete;
import static iq.tsh.erp.app.cart.Shopping.line;
import static iq.tsh.erp.app.cart.Shopping.patch;
import static iq.tsh.erp.app.cart.Shopping.put;
import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Cart and addresses belong to the token's customer alone: no token is 401, a token without CUSTOMER is 403, and
 * one customer can neither see nor touch another's cart or addresses (404, so ids reveal nothing).
 */
class CustomerDataAccessTest extends ApplicationTest {

    private static final String ITEM = Shopping.newItemId();
    private static final String ADDRESS_ID = "6f1c1c5e-9a53-4e43-8d1e-3f1d7a0b9c11";

    /** Every cart and address route, called by one client. */
    private static List<Function<Http, Answer>> routes() {
        String address = AddressBookFlowTest.address("Home", "07701234567", "");
        return List.of(
                h -> h.get("/api/mobile/cart"),
                h -> add(h, ITEM, 1),
                h -> patch(h, "/api/mobile/cart/items/" + ITEM, "{\"quantity\": 2}"),
                h -> delete(h, "/api/mobile/cart/items/" + ITEM),
                h -> delete(h, "/api/mobile/cart"),
                h -> h.get("/api/mobile/addresses"),
                h -> h.postJson("/api/mobile/addresses", address),
                h -> put(h, "/api/mobile/addresses/" + ADDRESS_ID, address),
                h -> delete(h, "/api/mobile/addresses/" + ADDRESS_ID));
    }

    @Test
    void refusesCallersWithoutAToken() {
        for (Function<Http, Answer> route : routes()) {
            assertProblem(route.apply(http()), 401, null);
            assertProblem(route.apply(http().as(Tokens.expired("CUSTOMER"))), 401, null);
            assertProblem(route.apply(http().as(Tokens.forged("CUSTOMER"))), 401, null);
        }
    }

    @Test
    void refusesTokensWithoutTheCustomerRole() {
        for (Function<Http, Answer> route : routes()) {
            assertProblem(route.apply(http().as(Tokens.ops())), 403, null);
            assertProblem(route.apply(http().as(Tokens.auditor())), 403, null);
        }
    }

    @Test
    void oneCustomerCannotSeeOrTouchAnothersCart() {
        String oil = new Shopping(http()).listedProduct();
        Http alice = http().as(Tokens.customer(Shopping.newCustomerId()));
        Http bob = http().as(Tokens.customer(Shopping.newCustomerId()));
        add(alice, oil, 3);

        assertThat(bob.get("/api/mobile/cart").json().get("items")).as("bob's own, empty cart").isEmpty();
        assertProblem(patch(bob, "/api/mobile/cart/items/" + oil, "{\"quantity\": 9}"), 404, null);
        assertProblem(delete(bob, "/api/mobile/cart/items/" + oil), 404, null);
        assertThat(delete(bob, "/api/mobile/cart").status()).isEqualTo(200);
        assertThat(bob.get("/api/mobile/cart?customerId=" + "x").json().get("items")).as("no parameter chooses the cart")
                .isEmpty();

        assertThat(line(alice.get("/api/mobile/cart").json(), oil).get("quantity").intValue()).as("alice's untouched")
                .isEqualTo(3);
    }

    @Test
    void oneCustomerCannotSeeOrTouchAnothersAddresses() {
        Http alice = http().as(Tokens.customer(Shopping.newCustomerId()));
        Http bob = http().as(Tokens.customer(Shopping.newCustomerId()));
        String aliceHome = alice.postJson("/api/mobile/addresses",
                AddressBookFlowTest.address("Alice home", "07701234567", "")).json().get("id").asText();
        bob.postJson("/api/mobile/addresses", AddressBookFlowTest.address("Bob home", "07701234568", ""));

        assertThat(bob.get("/api/mobile/addresses").json().get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("label").asText()).isEqualTo("Bob home"));
        assertProblem(put(bob, "/api/mobile/addresses/" + aliceHome,
                AddressBookFlowTest.address("Taken", "07701234568", "")), 404, null);
        assertProblem(delete(bob, "/api/mobile/addresses/" + aliceHome), 404, null);

        assertThat(alice.get("/api/mobile/addresses").json().get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("label").asText()).isEqualTo("Alice home"));
    }
}
