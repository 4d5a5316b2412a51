package iq.tsh.erp.app.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The product page gathers what other features know of the product: its latest approved reviews and rating. */
class ProductPageTest extends ApplicationTest {

    private static final String ITEM = "4521000000000000001";

    @Test
    void showsTheLatestApprovedReviewsAndTheRating() {
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", ITEM));
        await().atMost(Duration.ofSeconds(20)).until(() -> http().get("/api/mobile/products/" + ITEM).status() == 200);

        Answer review = http().as(Tokens.customer("4522000000000000001")).postJson("/api/mobile/products/" + ITEM + "/reviews",
                "{\"rating\":4,\"title\":\"Good oil\",\"body\":\"Fresh and clean taste\"}");
        assertThat(review.status()).isEqualTo(201);
        http().as(Tokens.customer("4522000000000000002")).postJson("/api/mobile/products/" + ITEM + "/reviews",
                "{\"rating\":5,\"title\":\"Excellent\"}");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                http().get("/api/mobile/products/" + ITEM).json().get("rating").get("count").asInt() == 2);
        JsonNode page = http().get("/api/mobile/products/" + ITEM).json();
        assertThat(page.get("rating").get("average").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(page.get("reviews")).hasSize(2);
        assertThat(page.get("reviews").get(0).get("title").asText()).as("newest first").isEqualTo("Excellent");
        assertThat(page.get("reviews").get(0).has("customerId")).as("never who wrote it by id").isFalse();
    }
}
