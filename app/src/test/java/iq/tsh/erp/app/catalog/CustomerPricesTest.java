package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A signed-in customer's listings are priced, filtered and sorted in their own book (here technical_usd, fed through
 * the price list and contact webhooks); other shoppers never see that book, and the answer is private.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPricesTest extends ApplicationTest {

    private static final String TORCH = "460100070000000001";
    private static final String BATTERY = "460100070000000002";
    private static final String NOT_IN_BOOK = "460100070000000003";
    private static final String CATEGORY = "460100070000009001";
    private static final String PAGE = "/api/mobile/categories/" + CATEGORY + "/products";
    private static final String TECHNICIAN = "460100070000100001";
    private static final String OTHER_CUSTOMER = "460100070000100002";
    private static final String TECHNICAL_USD_LIST = "460100070000008001";

    @BeforeAll
    void stockTheShelfAndTheBook() {
        new Shelf(http()).stock(item(TORCH, "Techtorch Light", "1000"), item(BATTERY, "Techtorch Battery", "3000"),
                item(NOT_IN_BOOK, "Techtorch Strap", "2000"));
        http().postJson("/api/zoho/webhooks/prices", """
                {"pricebook": {"pricebook_id": "%s", "name": "technical_usd", "currency_code": "USD", "status": "active",
                 "pricebook_type": "per_item", "pricebook_items": [{"item_id": "%s", "pricebook_rate": 9.5},
                 {"item_id": "%s", "pricebook_rate": 1.255}]}}""".formatted(TECHNICAL_USD_LIST, TORCH, BATTERY));
        http().postJson("/api/zoho/webhooks/customers", Samples.text("contact-created-1.json")
                .replace("5128640000000002001", TECHNICIAN)
                .replaceFirst("\"contact_id\"", "\"price_list_id\": \"" + TECHNICAL_USD_LIST + "\", \"contact_id\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer answer = http().as(Tokens.customer(TECHNICIAN)).get(PAGE + "?sort=price_asc");
            return answer.status() == 200 && "USD".equals(answer.json().get("items").get(0).get("currency").asText());
        });
    }

    private static ShopItem item(String id, String name, String rate) {
        return ShopItem.of(id).name(name, null).category(CATEGORY, "مصابيح").description("").rate(rate).stock(3);
    }

    @Test
    void pricesSortsAndFiltersInTheCustomersBook() {
        JsonNode page = new Shelf(http().as(Tokens.customer(TECHNICIAN))).get(PAGE + "?sort=price_asc");

        // Prices compare as numbers across currencies: a book that misses an item leaves it at its IQD rate.
        assertThat(Shelf.ids(page)).containsExactly(BATTERY, TORCH, NOT_IN_BOOK);
        assertThat(page.get("items").get(0).get("price").decimalValue()).isEqualByComparingTo("1.26");
        assertThat(page.get("items").get(1).get("price").decimalValue()).isEqualByComparingTo("9.50");
        assertThat(page.get("items").get(2).get("currency").asText()).isEqualTo("IQD");
        assertThat(Shelf.ids(new Shelf(http().as(Tokens.customer(TECHNICIAN))).get(PAGE + "?minPrice=5&maxPrice=10")))
                .containsExactly(TORCH);
    }

    @Test
    void guestsAndOtherCustomersSeeTheGuestBook() {
        for (Shelf shelf : new Shelf[] {new Shelf(http()), new Shelf(http().as(Tokens.customer(OTHER_CUSTOMER)))}) {
            JsonNode page = shelf.get(PAGE + "?sort=price_asc");

            assertThat(Shelf.ids(page)).containsExactly(TORCH, NOT_IN_BOOK, BATTERY);
            page.get("items").forEach(card -> assertThat(card.get("currency").asText()).isEqualTo("IQD"));
        }
    }

    @Test
    void theCustomersAnswerIsPrivateAndItsEtagIsNotTheGuests() {
        HttpResponse<String> own = Responses.get(port, PAGE, "Authorization", "Bearer " + Tokens.customer(TECHNICIAN));
        HttpResponse<String> guest = Responses.get(port, PAGE);

        assertThat(Responses.header(own, "Cache-Control")).contains("private");
        assertThat(Responses.header(own, "ETag")).isNotEqualTo(Responses.header(guest, "ETag"));
        assertThat(Responses.get(port, PAGE, "If-None-Match", Responses.header(own, "ETag")).statusCode()).isEqualTo(200);
    }
}
