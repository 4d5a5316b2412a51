package iq.tsh.erp.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Puts items on the shop's shelf through the products webhook and reads listings back. */
final class Shelf {

    private final Http http;

    Shelf(Http http) {
        this.http = http;
    }

    /** Delivers the items one after the other (so they are listed in this order) and waits until each is listed. */
    void stock(ShopItem... items) {
        for (ShopItem item : items) {
            Answer answer = http.postJson("/api/zoho/webhooks/products", item.json());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
        for (ShopItem item : items) {
            await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/mobile/products/" + item.id).status() == 200);
        }
    }

    /** A listing's answer as JSON, asserting 200. */
    JsonNode get(String path, String... headers) {
        Answer answer = http.get(path, headers);
        assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The ids of the cards of a search. */
    List<String> search(String q, String more) {
        return ids(get("/api/mobile/search?q=" + encode(q) + (more.isEmpty() ? "" : "&" + more)));
    }

    static List<String> ids(JsonNode listing) {
        List<String> ids = new ArrayList<>();
        listing.get("items").forEach(card -> ids.add(card.get("id").asText()));
        return ids;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
