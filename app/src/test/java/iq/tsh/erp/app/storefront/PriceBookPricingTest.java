package iq.tsh.erp.app.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Prices come from the shopper's price book: guests see consumer_iqd, a customer sees the book of their Zoho price
 * list, and a product a book does not list keeps its rate. Everything arrives through signed-style webhooks.
 */
class PriceBookPricingTest extends ApplicationTest {

    private static final String ITEM = "4501000000000000001";
    private static final String UNLISTED = "4501000000000000002";
    private static final String WHOLESALE_CUSTOMER = "4502000000000000001";
    private static final String PLAIN_CUSTOMER = "4502000000000000002";

    @Test
    void eachShopperSeesTheirBooksPriceAndMissingPricesFallBackToTheRate() {
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", ITEM));
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", UNLISTED));
        http().postJson("/api/zoho/webhooks/prices", priceList("4503000000000000001", "مستهلك - دينار", "IQD", 17250));
        http().postJson("/api/zoho/webhooks/prices", priceList("4503000000000000002", "wholesale_a", "USD", 11.255));
        http().postJson("/api/zoho/webhooks/customers", contact(WHOLESALE_CUSTOMER, "4503000000000000002"));
        http().postJson("/api/zoho/webhooks/customers", contact(PLAIN_CUSTOMER, "999999999999999"));

        JsonNode guest = awaitProduct(ITEM, null, p -> p.get("price").decimalValue().intValue() == 17250);
        assertThat(guest.get("currency").asText()).isEqualTo("IQD");

        JsonNode wholesale = awaitProduct(ITEM, Tokens.customer(WHOLESALE_CUSTOMER), p -> "USD".equals(p.get("currency").asText()));
        assertThat(wholesale.get("price").decimalValue()).as("USD in cents, half-even").isEqualByComparingTo("11.26");

        JsonNode plain = awaitProduct(ITEM, Tokens.customer(PLAIN_CUSTOMER), p -> true);
        assertThat(plain.get("price").decimalValue()).as("not one of the six books: the guest book").isEqualByComparingTo("17250");

        JsonNode fallback = awaitProduct(UNLISTED, null, p -> true);
        assertThat(fallback.get("price").decimalValue()).as("the book has no price: the item's rate").isEqualByComparingTo("18500");
    }

    @Test
    void aBookFollowsItsListsChangesAndDeletion() {
        String item = "4501000000000000011";
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", item));
        String list = "4503000000000000011";
        // technical_iqd is held by the lowest id among its lists; this test owns the only one.
        http().postJson("/api/zoho/webhooks/prices", priceList(list, "technical_iqd", "IQD", 16000, item));
        String customer = "4502000000000000011";
        http().postJson("/api/zoho/webhooks/customers", contact(customer, list));
        String token = Tokens.customer(customer);
        awaitProduct(item, token, p -> p.get("price").decimalValue().intValue() == 16000);

        http().postJson("/api/zoho/webhooks/prices", priceList(list, "technical_iqd", "IQD", 15500, item));
        awaitProduct(item, token, p -> p.get("price").decimalValue().intValue() == 15500);

        http().postJson("/api/zoho/webhooks/prices", priceList(list, "technical_iqd", "IQD", 15500, item), "X-Erp-Event", "deleted");
        awaitProduct(item, token, p -> p.get("price").decimalValue().intValue() == 18500);
    }

    private JsonNode awaitProduct(String itemId, String token, Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer answer = token == null ? http().get("/api/mobile/products/" + itemId)
                    : http().as(token).get("/api/mobile/products/" + itemId);
            if (answer.status() != 200 || !condition.test(answer.json())) {
                return false;
            }
            found[0] = answer.json();
            return true;
        });
        return found[0];
    }

    private static String priceList(String id, String name, String currency, double rate) {
        return priceList(id, name, currency, rate, ITEM);
    }

    private static String priceList(String id, String name, String currency, double rate, String itemId) {
        return """
                {"pricebook": {"pricebook_id": "%s", "name": "%s", "currency_code": "%s", "status": "active",
                 "pricebook_type": "per_item", "pricebook_items": [{"item_id": "%s", "pricebook_rate": %s}]}}"""
                .formatted(id, name, currency, itemId, rate);
    }

    private static String contact(String contactId, String priceListId) {
        return Samples.text("contact-created-1.json").replace("5128640000000002001", contactId)
                .replaceFirst("\"contact_id\"", "\"price_list_id\": \"" + priceListId + "\", \"contact_id\"");
    }
}
