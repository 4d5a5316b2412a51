package iq.tsh.erp.app.zoho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a webhook secret and Zoho API credentials (a fake Zoho over real HTTP): a delete named only in the
 * {@code X-Erp-Event} header, which the signature does not cover, is acted on only when Zoho's API says the record is
 * gone; while Zoho still holds it the delete is refused (409) and kept; when Zoho cannot answer it is 503, kept as
 * failed, for Zoho to retry. Ops may still re-drive a refused delete: their decision is authenticated.
 */
class DeleteConfirmationTest extends ApplicationTest {

    private static final String SECRET = "IraqRetailTest2025Secret";
    private static final String PRODUCTS = "/api/zoho/webhooks/products";
    private static final MockWebServer ZOHO = new MockWebServer();
    /** What the fake Zoho answers for GET /items/{id}; absent ids answer 404. */
    private static final Map<String, MockResponse> ITEMS = new ConcurrentHashMap<>();
    private static final List<String> ITEM_REQUESTS = new CopyOnWriteArrayList<>();

    static {
        ZOHO.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                if (path.equals("/oauth/v2/token")) {
                    return json(200, "{\"access_token\":\"token-1\",\"expires_in\":3600}");
                }
                if (path.startsWith("/inventory/v1/items/")) {
                    String id = path.substring("/inventory/v1/items/".length());
                    ITEM_REQUESTS.add(id + " " + request.getHeader("Authorization"));
                    return ITEMS.getOrDefault(id, json(404, "{\"code\":1002,\"message\":\"Item does not exist.\"}"));
                }
                return json(404, "{\"code\":5,\"message\":\"Invalid URL Passed\"}");
            }
        });
        try {
            ZOHO.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void signedWithZohoApi(DynamicPropertyRegistry registry) {
        registry.add("erp.zoho.webhooks.secret", () -> SECRET);
        registry.add("erp.zoho.api.client-id", () -> "client");
        registry.add("erp.zoho.api.client-secret", () -> "client-secret");
        registry.add("erp.zoho.api.refresh-token", () -> "refresh");
        registry.add("erp.zoho.api.organization-id", () -> "870045123");
        registry.add("erp.zoho.api.accounts-url", () -> ZOHO.url("/").toString());
        registry.add("erp.zoho.api.api-url", () -> ZOHO.url("/inventory/v1").toString());
        // The job stays off (it would list items); the delete confirmation uses the credentials all the same.
        registry.add("erp.zoho.api.enabled", () -> "false");
        registry.add("erp.zoho.api.min-request-interval", () -> "0ms");
    }

    @AfterAll
    static void stopZoho() throws IOException {
        ZOHO.shutdown();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A product Zoho created, in the BFF; answers the body, whose signature a listener could have captured. */
    private byte[] existingProduct(String itemId) {
        byte[] body = Samples.withItem("item-updated-1.json", itemId).getBytes(StandardCharsets.UTF_8);
        assertThat(http().post(PRODUCTS, "application/json", body, "X-Zoho-Webhook-Signature", sign(body)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + itemId).status() == 200);
        return body;
    }

    private Answer headerDelete(byte[] capturedBody) {
        return http().post(PRODUCTS, "application/json", capturedBody, "X-Zoho-Webhook-Signature", sign(capturedBody),
                "X-Erp-Event", "deleted");
    }

    private long productDeletedEvents(String itemId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type = 'iq.tsh.erp.api.product.ProductDeleted'", Long.class, "item:" + itemId);
    }

    private Map<String, Object> inboxRow(String deliveryId) {
        return jdbc.queryForMap("select outcome, http_status, event from webhook_inbox where delivery_id = ?::uuid",
                deliveryId);
    }

    private String lastDeliveryOf(byte[] body, String outcome) {
        return jdbc.queryForObject("select delivery_id::text from webhook_inbox where body_sha256 = encode(sha256(?), 'hex')"
                + " and outcome = ? order by received_at desc limit 1", String.class, body, outcome);
    }

    @Test
    void aHeaderDeleteThatZohoConfirmsIsActedOn() {
        String itemId = "7700000000000000001";
        byte[] body = existingProduct(itemId);

        Answer deleted = headerDelete(body);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("accepted");
        assertThat(ITEM_REQUESTS).contains(itemId + " Zoho-oauthtoken token-1");
        assertThat(productDeletedEvents(itemId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + itemId).status() == 404);
    }

    @Test
    void zohosDoesNotExistCodeConfirmsTooWhateverTheHttpStatus() {
        String itemId = "7700000000000000002";
        byte[] body = existingProduct(itemId);
        ITEMS.put(itemId, json(400, "{\"code\":1002,\"message\":\"Item does not exist.\"}"));

        assertThat(headerDelete(body).status()).isEqualTo(200);
        assertThat(productDeletedEvents(itemId)).isEqualTo(1);
    }

    @Test
    void aHeaderDeleteOfARecordZohoStillHoldsIsRefusedKeptAndReDrivableByOps() {
        String itemId = "7700000000000000003";
        byte[] body = existingProduct(itemId);
        ITEMS.put(itemId, json(200, "{\"code\":0,\"message\":\"success\",\"item\":{\"item_id\":\"" + itemId + "\"}}"));

        Answer refused = headerDelete(body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asText()).isEqualTo("Zoho still holds this record");
        assertThat(productDeletedEvents(itemId)).isZero();
        assertThat(http().get("/api/mobile/products/" + itemId).status()).isEqualTo(200);
        String kept = lastDeliveryOf(body, "rejected");
        assertThat(inboxRow(kept)).containsEntry("http_status", 409).containsEntry("event", "deleted");

        Answer redriven = http().as(Tokens.ops()).post("/api/zoho/admin/inbox/" + kept + "/redrive", null, new byte[0]);

        assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
        assertThat(productDeletedEvents(itemId)).isEqualTo(1);
    }

    @Test
    void whenZohoCannotAnswerTheDeleteIsUnavailableAndKeptAsFailed() {
        String itemId = "7700000000000000004";
        byte[] body = existingProduct(itemId);
        ITEMS.put(itemId, json(500, "{\"code\":1000,\"message\":\"Internal error\"}"));

        Answer unavailable = headerDelete(body);

        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.contentType()).startsWith("application/problem+json");
        assertThat(inboxRow(lastDeliveryOf(body, "failed"))).containsEntry("http_status", 503);
        assertThat(productDeletedEvents(itemId)).isZero();

        // Zoho retries once its API answers again, and the delete is confirmed then.
        ITEMS.remove(itemId);
        assertThat(headerDelete(body).status()).isEqualTo(200);
        assertThat(productDeletedEvents(itemId)).isEqualTo(1);
    }

    @Test
    void aDeleteSignedInTheQueryNeedsNoConfirmation() {
        String itemId = "7700000000000000005";
        byte[] body = existingProduct(itemId);
        ITEMS.put(itemId, json(200, "{\"code\":0,\"item\":{\"item_id\":\"" + itemId + "\"}}"));
        int asked = ITEM_REQUESTS.size();

        Answer deleted = http().post(PRODUCTS + "?event=deleted", "application/json", body,
                "X-Zoho-Webhook-Signature", sign(("eventdeleted" + new String(body, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(productDeletedEvents(itemId)).isEqualTo(1);
        assertThat(ITEM_REQUESTS).hasSize(asked);
    }
}
