package iq.tsh.erp.app.cart;

import static iq.tsh.erp.app.cart.Shopping.add;
import static iq.tsh.erp.app.cart.Shopping.assertProblem;
import static iq.tsh.erp.app.cart.Shopping.delete;
import static iq.tsh.erp.app.cart.Shopping.line;
import static iq.tsh.erp.app.cart.Shopping.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.api.cart.CartBadge;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.api.cart.FindCartBadge;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer's cart over HTTP, with products fed through the products webhook. */
class CartFlowTest extends ApplicationTest {

    @Autowired
    private QueryGateway queryGateway;

    @Autowired
    private EventProcessingConfiguration processing;

    private Shopping shopping() {
        return new Shopping(http());
    }

    private Http customer(String customerId) {
        return http().as(Tokens.customer(customerId));
    }

    @Test
    void addsGrowsChangesRemovesAndClears() {
        String oil = shopping().listedProduct();
        String tea = shopping().listedProduct();
        Http me = customer(Shopping.newCustomerId());

        Answer first = add(me, oil, 2);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode cart = first.json();
        assertThat(cart.get("itemCount").intValue()).isEqualTo(2);
        assertThat(cart.get("subtotal").decimalValue()).isEqualByComparingTo("37000");
        assertThat(cart.get("currency").asText()).isEqualTo("IQD");
        assertThat(cart.get("status").asText()).isEqualTo("active");
        JsonNode line = line(cart, oil);
        assertThat(line.get("name").asText()).isEqualTo("Extra Virgin Olive Oil 1L - Al Wadi");
        assertThat(line.get("image").asText()).endsWith(oil + "/olive-oil-1l.jpg");
        assertThat(line.get("quantity").intValue()).isEqualTo(2);
        assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("18500");
        assertThat(line.get("unitPrice").decimalValue().scale()).as("IQD in whole dinars").isZero();
        assertThat(line.get("currentPrice").decimalValue()).isEqualByComparingTo("18500");
        assertThat(line.get("lineTotal").decimalValue()).isEqualByComparingTo("37000");
        assertThat(line.get("inStock").booleanValue()).isTrue();
        assertThat(line.get("available").booleanValue()).isTrue();
        assertThat(line.get("priceChanged").booleanValue()).isFalse();

        Answer again = add(me, oil, 3);
        assertThat(again.status()).as("a line that grew is no new resource").isEqualTo(200);
        assertThat(line(again.json(), oil).get("quantity").intValue()).isEqualTo(5);
        assertThat(again.json().get("items")).hasSize(1);

        assertThat(add(me, tea, 1).status()).isEqualTo(201);
        Answer changed = patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": 7}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("itemCount").intValue()).isEqualTo(8);
        assertThat(changed.json().get("items").get(0).get("productId").asText()).as("lines keep their order")
                .isEqualTo(oil);

        Answer removed = delete(me, "/api/mobile/cart/items/" + tea);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(line(removed.json(), tea)).isNull();
        assertThat(removed.json().get("itemCount").intValue()).isEqualTo(7);

        Answer zero = patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": 0}");
        assertThat(zero.status()).isEqualTo(200);
        assertThat(zero.json().get("items")).as("quantity 0 removes the line").isEmpty();

        add(me, tea, 4);
        Answer cleared = delete(me, "/api/mobile/cart");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("items")).isEmpty();
        assertThat(cleared.json().get("itemCount").intValue()).isZero();
        assertThat(cleared.json().get("subtotal").decimalValue()).isEqualByComparingTo("0");
        assertThat(cleared.json().get("status").asText()).isEqualTo("empty");
        assertThat(delete(me, "/api/mobile/cart").status()).as("clearing an empty cart is harmless").isEqualTo(200);
    }

    @Test
    void keepsThePriceWhenAddedAndShowsTodaysPriceBesideIt() {
        String oil = shopping().listedProduct();
        String customerId = Shopping.newCustomerId();
        Http me = customer(customerId);
        add(me, oil, 2);

        shopping().deliver(Samples.withItem("item-updated-1.json", oil));
        shopping().awaitProduct(oil, 19000);

        JsonNode line = line(me.get("/api/mobile/cart").json(), oil);
        assertThat(line.get("unitPrice").decimalValue()).as("snapshot").isEqualByComparingTo("18500");
        assertThat(line.get("currentPrice").decimalValue()).isEqualByComparingTo("19000");
        assertThat(line.get("lineTotal").decimalValue()).isEqualByComparingTo("38000");
        assertThat(line.get("priceChanged").booleanValue()).isTrue();

        CartContents forCheckout = queryGateway.query(new FindCart(customerId), CartContents.class).join();
        assertThat(forCheckout.lines()).singleElement()
                .satisfies(l -> assertThat(l.unitPrice()).isEqualByComparingTo("18500"));
        CartBadge badge = queryGateway.query(new FindCartBadge(customerId), CartBadge.class).join();
        assertThat(badge.items()).isEqualTo(2);
        assertThat(badge.total()).isEqualByComparingTo("38000");
        assertThat(badge.currency()).isEqualTo("IQD");

        JsonNode readded = add(me, oil, 1).json();
        assertThat(line(readded, oil).get("unitPrice").decimalValue()).as("adding again takes today's price")
                .isEqualByComparingTo("19000");
        assertThat(line(readded, oil).get("priceChanged").booleanValue()).isFalse();
    }

    @Test
    void seesItsOwnWritesAtOnce() {
        String oil = shopping().listedProduct();
        String tea = shopping().listedProduct();
        String customerId = Shopping.newCustomerId();
        Http me = customer(customerId);
        for (int i = 1; i <= 15; i++) {
            assertThat(add(me, oil, 1).status()).isIn(200, 201);
            JsonNode cart = me.get("/api/mobile/cart").json();
            assertThat(line(cart, oil).get("quantity").intValue()).as("GET right after add %d", i).isEqualTo(i);

            patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": " + (i + 100) + "}");
            assertThat(line(me.get("/api/mobile/cart").json(), oil).get("quantity").intValue())
                    .as("GET right after patch %d", i).isEqualTo(i + 100);
            patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": " + i + "}");

            add(me, tea, 1);
            delete(me, "/api/mobile/cart/items/" + tea);
            assertThat(line(me.get("/api/mobile/cart").json(), tea)).as("GET right after delete %d", i).isNull();
        }
        // The projection catches up on its own and then answers the same.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select quantity from cart_items where customer_id = ?", Integer.class, customerId).equals(List.of(15)));
        assertThat(line(me.get("/api/mobile/cart").json(), oil).get("quantity").intValue()).isEqualTo(15);
    }

    @Test
    void answersAChangeOnlyOnceTheReadModelHoldsIt() throws Exception {
        String oil = shopping().listedProduct();
        String customerId = Shopping.newCustomerId();
        Http me = customer(customerId);
        add(me, oil, 1);
        StreamingEventProcessor projection = processing
                .eventProcessor("storefront-customers", StreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        CompletableFuture<Answer> adding;
        try {
            adding = CompletableFuture.supplyAsync(() -> add(me, oil, 1));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class,
                    "cart:" + customerId) == 2);
            assertThat(jdbc.queryForList("select quantity from cart_items where customer_id = ?", Integer.class,
                    customerId)).as("the table really stood still when the cart changed").containsExactly(1);
        } finally {
            projection.start();
        }
        Answer added = adding.get(20, TimeUnit.SECONDS);
        assertThat(line(added.json(), oil).get("quantity").intValue()).as(added.body()).isEqualTo(2);
        assertThat(line(me.get("/api/mobile/cart").json(), oil).get("quantity").intValue()).isEqualTo(2);
        assertThat(queryGateway.query(new FindCartBadge(customerId), CartBadge.class).join().items()).isEqualTo(2);
    }

    @Test
    void answersArabicNamesForArabicSpeakers() {
        String oil = shopping().listedProduct();
        Http me = customer(Shopping.newCustomerId());
        add(me, oil, 1);
        JsonNode cart = me.get("/api/mobile/cart", "Accept-Language", "ar-IQ,ar;q=0.9").json();
        assertThat(line(cart, oil).get("name").asText()).isEqualTo("زيت زيتون بكر ممتاز ١ لتر - الوادي");
    }

    @Test
    void refusesBadQuantitiesAndBodiesNamingTheField() {
        String oil = shopping().listedProduct();
        Http me = customer(Shopping.newCustomerId());
        for (String quantity : new String[] {"0", "-1", "1.5", "\"x\"", "1000", "null", "\"2\""}) {
            Answer answer = me.postJson("/api/mobile/cart/items", "{\"productId\": \"" + oil + "\", \"quantity\": " + quantity + "}");
            assertProblem(answer, 400, "quantity");
        }
        assertProblem(me.postJson("/api/mobile/cart/items", "{\"quantity\": 1}"), 400, "productId");
        assertProblem(me.postJson("/api/mobile/cart/items", "{\"productId\": 5, \"quantity\": 1}"), 400, "productId");
        assertProblem(me.postJson("/api/mobile/cart/items", "{\"productId\": \"" + oil + "\""), 400, "body");
        assertProblem(me.postJson("/api/mobile/cart/items", "[1, 2]"), 400, "body");
        assertProblem(me.post("/api/mobile/cart/items", "application/json", new byte[0]), 400, "body");
        assertProblem(me.post("/api/mobile/cart/items", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415, null);

        add(me, oil, 990);
        assertProblem(add(me, oil, 10), 400, "quantity");
        assertProblem(patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": -1}"), 400, "quantity");
        assertProblem(patch(me, "/api/mobile/cart/items/" + oil, "{\"quantity\": 1000}"), 400, "quantity");
        assertProblem(patch(me, "/api/mobile/cart/items/" + oil, "{}"), 400, "quantity");
        assertProblem(patch(me, "/api/mobile/cart/items/" + oil, "not json"), 400, "body");
        assertThat(line(me.get("/api/mobile/cart").json(), oil).get("quantity").intValue()).as("nothing changed")
                .isEqualTo(990);
    }

    @Test
    void answersNotFoundForUnknownDeletedAndAbsentProducts() {
        Http me = customer(Shopping.newCustomerId());
        assertProblem(add(me, Shopping.newItemId(), 1), 404, null);
        assertProblem(patch(me, "/api/mobile/cart/items/" + Shopping.newItemId(), "{\"quantity\": 2}"), 404, null);
        assertProblem(delete(me, "/api/mobile/cart/items/" + Shopping.newItemId()), 404, null);

        String oil = shopping().listedProduct();
        add(me, oil, 1);
        shopping().deliver(Samples.withItem("item-created-1.json", oil), "X-Erp-Event", "deleted");
        await().atMost(Duration.ofSeconds(20)).until(() -> add(me, oil, 1).status() == 404);
        JsonNode gone = line(me.get("/api/mobile/cart").json(), oil);
        assertThat(gone.get("available").booleanValue()).as("a product no longer sold stays visible, flagged").isFalse();
        assertThat(gone.path("currentPrice").isMissingNode() || gone.get("currentPrice").isNull())
                .as("no price today").isTrue();
        assertThat(gone.get("unitPrice").decimalValue()).isEqualByComparingTo("18500");
    }

    @Test
    void refusesAnInactiveProduct() {
        String itemId = Shopping.newItemId();
        shopping().deliver(Samples.withItem("item-created-1.json", itemId).replace("\"status\": \"active\",",
                "\"status\": \"inactive\","));
        Http me = customer(Shopping.newCustomerId());
        await().atMost(Duration.ofSeconds(20)).until(() -> add(me, itemId, 1).status() != 404);
        assertProblem(add(me, itemId, 1), 422, "productId");
    }

    @Test
    void flagsALineWhoseProductStoppedSellingAndLeavesItOutOfTheSubtotal() {
        String oil = shopping().listedProduct();
        String tea = shopping().listedProduct();
        Http me = customer(Shopping.newCustomerId());
        add(me, oil, 1);
        add(me, tea, 2);

        shopping().deliver(Samples.withItem("item-updated-1.json", oil).replace("\"status\": \"active\",",
                "\"status\": \"inactive\","));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !line(me.get("/api/mobile/cart").json(), oil).get("available").booleanValue());
        assertProblem(add(me, oil, 1), 422, "productId");

        JsonNode cart = me.get("/api/mobile/cart").json();
        JsonNode inactive = line(cart, oil);
        assertThat(inactive.get("available").booleanValue()).isFalse();
        assertThat(inactive.get("name").asText()).as("still named, so the customer knows what to remove")
                .isEqualTo("Extra Virgin Olive Oil 1L - Al Wadi");
        assertThat(inactive.path("lineTotal").isMissingNode()).isTrue();
        assertThat(cart.get("subtotal").decimalValue()).as("only the tea").isEqualByComparingTo("37000");
        assertThat(cart.get("itemCount").intValue()).isEqualTo(3);
    }
}
