package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** What the dashboard tests share: an OPS client, and fresh products fed through the real webhook. */
abstract class DashboardFixture extends ApplicationTest {

    static final String DASHBOARD = "/api/zoho/dashboard/";
    static final String PRODUCTS = "/api/zoho/webhooks/products";

    /** Zoho item ids of the dashboard tests, apart from every other test's. */
    private static final AtomicLong NEXT_ITEM = new AtomicLong(7_650_000_000_000_000_000L);

    static String newItemId() {
        return Long.toString(NEXT_ITEM.incrementAndGet());
    }

    Http ops() {
        return http().as(Tokens.ops());
    }

    /** GET a dashboard path as OPS; it must answer 200 with JSON. */
    JsonNode dashboard(String path) {
        Answer answer = ops().get(DASHBOARD + path);
        assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    /** GET a dashboard path as OPS that must be refused with a problem; answers the problem. */
    JsonNode problem(String path, int status) {
        Answer answer = ops().get(DASHBOARD + path);
        assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json();
    }

    /** Sends a new product through the webhook and answers the webhook's answer. */
    JsonNode deliverProduct(String itemId) {
        Answer answer = http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", itemId), "X-Erp-Event",
                "item.created");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    void awaitProjected(String itemId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + itemId).status() == 200);
    }

    /** The item of {@code array} whose {@code field} is {@code value}. */
    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
