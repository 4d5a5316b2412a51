package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The whole journey of a signed-in customer across features: a promotion on the product page and home, the cart
 * badge, the checkout page (cart, addresses, promotions, payment, delivery, totals) and a price that changed since
 * the product was put in the cart.
 */
class CheckoutPageTest extends ApplicationTest {

    @Test
    void aCustomersJourneyFromHomeToCheckout() {
        Storefront store = new Storefront(http());
        String category = Storefront.newId();
        String oil = Storefront.newId();
        store.product(oil, category, 18500, 50);
        String promotion = store.promotion("""
                {"name":"Oils week","type":"percentage","value":10,"scope":"categories","categoryIds":["%s"],"priority":900}"""
                .formatted(category));
        Http customer = http().as(Tokens.customer(Storefront.newId()));

        JsonNode product = http().get("/api/mobile/products/" + oil).json();
        assertThat(product.get("promotions").findValuesAsText("id")).contains(promotion);

        assertThat(customer.postJson("/api/mobile/cart/items", "{\"productId\":\"" + oil + "\",\"quantity\":2}").status())
                .isEqualTo(201);
        customer.postJson("/api/mobile/addresses", """
                {"label":"Home","recipientName":"Ali","phone":"07701234567","line1":"Street 14","city":"Baghdad"}""");

        Answer home = customer.get("/api/mobile/home");
        assertThat(home.json().get("cart").get("items").asInt()).isEqualTo(2);
        assertThat(home.json().get("cart").get("total").decimalValue()).isEqualByComparingTo("37000");
        assertThat(home.json().get("promotions").findValuesAsText("id")).contains(promotion);

        JsonNode page = customer.get("/api/mobile/checkout").json();
        assertThat(page.get("cart").get("itemCount").asInt()).isEqualTo(2);
        assertThat(page.get("addresses")).hasSize(1);
        assertThat(page.get("addresses").get(0).get("defaultShipping").asBoolean()).isTrue();
        assertThat(page.get("promotions").findValuesAsText("id")).containsExactly(promotion);
        assertThat(page.get("paymentMethods").findValuesAsText("id")).contains("cash_on_delivery", "card", "zain_cash", "fastpay");
        assertThat(page.get("deliveryOptions").findValuesAsText("id")).containsExactly("standard", "express", "pickup");
        JsonNode totals = page.get("totals");
        assertThat(totals.get("subtotal").decimalValue()).isEqualByComparingTo("37000");
        assertThat(totals.get("discount").decimalValue()).isEqualByComparingTo("3700");
        assertThat(totals.get("deliveryFee").decimalValue()).isEqualByComparingTo("5000");
        assertThat(totals.get("total").decimalValue()).isEqualByComparingTo("38300");
        assertThat(totals.get("warnings")).isEmpty();

        JsonNode pickup = customer.get("/api/mobile/checkout?deliveryOption=pickup").json();
        assertThat(pickup.get("totals").get("total").decimalValue()).isEqualByComparingTo("33300");
        Answer badOption = customer.get("/api/mobile/checkout?deliveryOption=drone");
        assertThat(badOption.status()).isEqualTo(400);
        assertThat(badOption.contentType()).startsWith("application/problem+json");

        // The price rises after the product went into the cart: the checkout and the calculation both say so.
        store.product(oil, category, 19000, 50);
        await().atMost(Duration.ofSeconds(20)).until(() -> customer.get("/api/mobile/checkout").json()
                .get("totals").get("warnings").findValuesAsText("code").contains("PRICE_CHANGED"));
        JsonNode calculated = customer.postJson("/api/mobile/checkout/calculate",
                "{\"lines\":[{\"productId\":\"" + oil + "\",\"quantity\":2}]}").json();
        assertThat(calculated.get("warnings").findValuesAsText("code")).contains("PRICE_CHANGED");
        assertThat(calculated.get("subtotal").decimalValue()).isEqualByComparingTo("38000");
        JsonNode guest = http().postJson("/api/mobile/checkout/calculate",
                "{\"lines\":[{\"productId\":\"" + oil + "\",\"quantity\":2}]}").json();
        assertThat(guest.get("warnings").findValuesAsText("code")).as("a guest has no cart").doesNotContain("PRICE_CHANGED");
    }

    @Test
    void anEmptyCartChecksOutToNothing() {
        Answer page = http().as(Tokens.customer(Storefront.newId())).get("/api/mobile/checkout");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("cart").get("itemCount").asInt()).isZero();
        assertThat(page.json().get("totals").get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(page.json().get("addresses")).isEmpty();
    }
}
