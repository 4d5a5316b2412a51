package iq.tsh.erp.zoho.webhook;

import static iq.tsh.erp.zoho.ZohoSamples.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.zoho.ZohoSamples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryBodyTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final JsonNode oil = ZohoSamples.recordOf("item-created-1.json");

    private static int statusOf(WebhookKind kind, String contentType, byte[] body) {
        BadDeliveryException refused = catchThrowableOfType(BadDeliveryException.class,
                () -> DeliveryBody.record(kind, contentType, body));
        assertThat(refused).as("a refusal").isNotNull();
        return refused.status();
    }

    @Test
    void readsTheRecordFromRawJson() {
        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, JSON, bytes("item-created-1.json"))).isEqualTo(oil);
    }

    @Test
    void readsTheRecordFromJsonHoldingAJsonString() throws Exception {
        String raw = new String(bytes("item-created-1.json"), StandardCharsets.UTF_8);
        byte[] body = ZohoSamples.JSON.writeValueAsBytes(ZohoSamples.JSON.createObjectNode().put("JSONString", raw));

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, JSON, body)).isEqualTo(oil);
    }

    @Test
    void readsTheRecordFromAFormJsonStringField() {
        byte[] body = bytes("item-created-1.form-urlencoded.txt");

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, FORM, body)).isEqualTo(oil);
    }

    @Test
    void keepsArabicSentUnencodedInAFormBody() {
        // Percent-encoding is the rule, but raw UTF-8 must not silently turn into U+FFFD.
        byte[] body = "JSONString={\"item\":{\"name\":\"زيت زيتون\"}}".getBytes(StandardCharsets.UTF_8);

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, FORM, body).get("name").asText()).isEqualTo("زيت زيتون");
    }

    @Test
    void acceptsJsonWithACharsetParameter() {
        byte[] body = bytes("item-created-1.json");

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, "application/json;charset=UTF-8", body)).isEqualTo(oil);
    }

    @Test
    void keepsLongDecimalsExact() {
        byte[] body = "{\"item\":{\"rate\":12345678901234567.89}}".getBytes(StandardCharsets.UTF_8);

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, JSON, body).get("rate").decimalValue())
                .isEqualByComparingTo("12345678901234567.89");
    }

    @Test
    void readsABodyOfAMegabyte() {
        // The controller's limit is 1 MB: whatever passes it must not be refused by the JSON parser.
        String description = "زيت".repeat(170_000);
        byte[] body = ("{\"item\":{\"item_id\":\"1\",\"description\":\"" + description + "\"}}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, JSON, body).get("description").asText())
                .isEqualTo(description);
    }

    @Test
    void refusesXmlWith415() {
        assertThat(statusOf(WebhookKind.PRODUCTS, "text/xml", bytes("item-created-1.json"))).isEqualTo(415);
    }

    @Test
    void refusesTruncatedJsonWith400() {
        assertThat(statusOf(WebhookKind.INVOICES, JSON, bytes("hostile-truncated-invoice.json"))).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hostile-empty-object.json", "hostile-wrong-wrapper.json"})
    void refusesABodyWithoutTheKindsWrapperWith400(String file) {
        assertThat(statusOf(WebhookKind.PRODUCTS, JSON, bytes(file))).isEqualTo(400);
    }

    @Test
    void refusesARecordOfAnotherKindWith400() {
        assertThat(statusOf(WebhookKind.STOCK, JSON, bytes("item-created-1.json"))).isEqualTo(400);
    }

    @Test
    void refusesAnEmptyBodyWith400() {
        assertThat(statusOf(WebhookKind.PRODUCTS, JSON, new byte[0])).isEqualTo(400);
        assertThat(statusOf(WebhookKind.PRODUCTS, FORM, new byte[0])).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/json", "", "application/jsonx", "multipart/form-data"})
    void readsOnlyJsonAndFormBodies(String contentType) {
        assertThat(statusOf(WebhookKind.PRODUCTS, contentType, bytes("item-created-1.json"))).isEqualTo(415);
    }

    @Test
    void aBodyWithoutContentTypeIsNotGuessedAt() {
        assertThat(statusOf(WebhookKind.PRODUCTS, null, bytes("item-created-1.json"))).isEqualTo(415);
    }

    @Test
    void readsJsonWithACharsetAndPlusJsonTypes() {
        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, "Application/JSON; charset=ISO-8859-1",
                bytes("item-created-1.json"))).isEqualTo(oil);
        assertThat(DeliveryBody.record(WebhookKind.PRODUCTS, "application/vnd.zoho+json",
                bytes("item-created-1.json"))).isEqualTo(oil);
    }

    @Test
    void refusesAFormFieldNamedTwice() {
        byte[] body = "JSONString=%7B%7D&JSONString=%7B%7D".getBytes(StandardCharsets.UTF_8);

        assertThat(statusOf(WebhookKind.PRODUCTS, FORM, body)).isEqualTo(400);
    }
}
