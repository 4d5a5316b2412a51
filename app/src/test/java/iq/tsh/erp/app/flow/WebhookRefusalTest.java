package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad deliveries get a clear 4xx as RFC 9457 problem details naming the field or key at fault, never a 5xx; they
 * dispatch nothing, and each is kept in the inbox as {@code rejected} whatever its bytes.
 */
class WebhookRefusalTest extends ApplicationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PRODUCTS = "/api/zoho/webhooks/products";

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The inbox rows kept for exactly these bytes: outcome and status. */
    private List<Map<String, Object>> kept(byte[] body) {
        return jdbc.queryForList("select outcome, http_status, error::text as error from webhook_inbox"
                + " where body_sha256 = ?", Sha256.hex(body));
    }

    /** Posts, checks the refusal is the given status as a problem, dispatched nothing and is kept as rejected. */
    private Answer refused(int status, String contentType, byte[] body, String... headers) {
        long before = events();
        Answer answer = http().post(PRODUCTS, contentType, body, headers);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(events()).isEqualTo(before);
        assertThat(kept(body)).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("rejected");
            assertThat(row.get("http_status")).isEqualTo(status);
        });
        return answer;
    }

    private static List<String> fields(Answer answer) {
        return answer.json().get("errors").findValuesAsText("field");
    }

    @Test
    void aNumberWhoseExponentOverflowsIsRefusedAtItsFieldAndKept() {
        Answer answer = refused(422, "application/json",
                bytes("{\"item\":{\"item_id\":\"1\",\"rate\":0.1e2147483648}}"));

        assertThat(fields(answer)).containsExactly("rate");
    }

    @Test
    void aNumberWithAnUnholdableScaleIsRefusedAtItsField() {
        // It parses, but stored it would stall every projection of the product.
        Answer tiny = refused(422, "application/json", bytes("{\"item\":{\"item_id\":\"7600000000000000001\","
                + "\"name\":\"Oil\",\"rate\":1e-2147483647}}"));
        Answer unparsable = refused(422, "application/json", bytes("{\"item\":{\"item_id\":\"7600000000000000001\","
                + "\"name\":\"Oil\",\"line\":[1,{\"q\":1e-2147483648}],\"rate\":\"1e-2147483648\"}}"));

        assertThat(fields(tiny)).containsExactly("rate");
        assertThat(tiny.json().get("errors").get(0).get("message").asText()).contains("decimal");
        assertThat(fields(unparsable)).containsExactly("line[1].q");
    }

    @Test
    void textWithNulOrALoneSurrogateIsRefusedAtItsFieldAndKept() {
        Answer nul = refused(422, "application/json",
                bytes("{\"item\":{\"item_id\":\"7600000000000000002\",\"name\":\"Oil \\u0000\"}}"));
        Answer surrogate = refused(422, "application/json",
                bytes("{\"item\":{\"item_id\":\"7600000000000000003\",\"name\":\"Oil \\ud800\"}}"));
        Answer nulInId = refused(422, "application/json", bytes("{\"item\":{\"item_id\":\"76\\u0000\",\"name\":\"Oil\"}}"));

        assertThat(fields(nul)).containsExactly("name");
        assertThat(fields(surrogate)).containsExactly("name");
        assertThat(fields(nulInId)).containsExactly("item_id");
    }

    @Test
    void duplicateKeysAreABadRequestNamingTheKeyWhateverTheBodyForm() {
        String twice = "{\"item\":{\"item_id\":\"7600000000000000004\",\"name\":\"Oil\",\"rate\":1,\"rate\":2}}";
        Answer raw = refused(400, "application/json", bytes(twice));
        Answer inJsonString = refused(400, "application/json",
                bytes("{\"JSONString\":" + new com.fasterxml.jackson.databind.node.TextNode(twice) + "}"));
        Answer inForm = refused(400, "application/x-www-form-urlencoded",
                bytes("JSONString=" + URLEncoder.encode(twice, StandardCharsets.UTF_8)));
        Answer formFieldTwice = refused(400, "application/x-www-form-urlencoded",
                bytes("JSONString=%7B%7D&JSONString=" + URLEncoder.encode(twice, StandardCharsets.UTF_8)));
        Answer wrapperTwice = refused(400, "application/json", bytes("{\"item\":{},\"item\":{\"item_id\":\"1\"}}"));

        assertThat(fields(raw)).containsExactly("rate");
        assertThat(raw.json().get("title").asText()).isEqualTo("Duplicate key");
        assertThat(fields(inJsonString)).containsExactly("rate");
        assertThat(fields(inForm)).containsExactly("rate");
        assertThat(fields(formFieldTwice)).containsExactly("JSONString");
        assertThat(fields(wrapperTwice)).containsExactly("item");
    }

    @Test
    void plainTextTextJsonAndNoContentTypeAreUnsupportedAndKept() {
        byte[] sample = bytes(Samples.withItem("item-created-1.json", "7600000000000000005"));
        refused(415, "text/plain", sample);
        // The same bytes once more under another type: each delivery is its own row, so count them per type.
        long textJson = http().post(PRODUCTS, "text/json", sample).status();
        Answer none = http().post(PRODUCTS, null, sample);

        assertThat(textJson).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.contentType()).startsWith(PROBLEM);
        assertThat(kept(sample)).hasSize(3).allSatisfy(row -> assertThat(row.get("outcome")).isEqualTo("rejected"));
        assertThat(jdbc.queryForList("select content_type from webhook_inbox where body_sha256 = ?", String.class,
                Sha256.hex(sample))).containsExactlyInAnyOrder("text/plain", "text/json", null);
    }

    @Test
    void jsonWithACharsetOrAPlusJsonTypeIsRead() {
        assertThat(http().post(PRODUCTS, "application/json; charset=utf-8",
                bytes(Samples.withItem("item-created-1.json", "7600000000000000006"))).status()).isEqualTo(200);
        assertThat(http().post(PRODUCTS, "application/vnd.zoho+json",
                bytes(Samples.withItem("item-created-1.json", "7600000000000000007"))).status()).isEqualTo(200);
    }

    @Test
    void anEventNameOrKindHoldingNulIsRefusedAndKeptPrintably() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7600000000000000008"));

        Answer answer = http().post(PRODUCTS + "?event=%00deleted%ED%A0%80", "application/json", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        assertThat(kept(body)).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("rejected");
            assertThat((String) row.get("error")).doesNotContain("\\u0000");
        });
    }

    @Test
    void aContentTypeLongerThanItsColumnIsStillKept() {
        byte[] body = bytes(Samples.withItem("item-created-1.json", "7600000000000000009"));

        refused(415, "text/" + "x".repeat(2000), body);
    }

    @Test
    void unknownKindIsNotFound() {
        Answer answer = http().postJson("/api/zoho/webhooks/widgets", Samples.text("item-created-1.json"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void otherContentTypesAreUnsupported() {
        refused(415, "text/xml", "<item/>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bodiesOverOneMebibyteAreTooLarge() {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');

        Answer answer = http().post("/api/zoho/webhooks/products", "application/json", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        long before = events();
        for (String[] sample : new String[][] {
                {"invoices", "hostile-truncated-invoice.json"},
                {"products", "hostile-empty-object.json"},
                {"products", "hostile-wrong-wrapper.json"}}) {
            Answer answer = http().postJson("/api/zoho/webhooks/" + sample[0], Samples.text(sample[1]));
            assertThat(answer.status()).as(sample[1]).isEqualTo(400);
            assertThat(answer.contentType()).as(sample[1]).startsWith(PROBLEM);
        }
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void unusableRecordNamesTheZohoFieldAtFault() {
        long before = events();

        Answer answer = http().postJson("/api/zoho/webhooks/products", Samples.text("hostile-wrong-types-item.json"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith(PROBLEM);
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).get("field").asText()).isEqualTo("locations");
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void missingIdsAreListedTogether() {
        Answer answer = http().postJson("/api/zoho/webhooks/products", "{\"item\":{\"rate\":\"abc\"}}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("errors").findValuesAsText("field")).contains("item_id", "name", "rate");
    }

    @Test
    void unknownEventIsABadRequest() {
        Answer answer = http().postJson("/api/zoho/webhooks/products", Samples.text("item-created-1.json"),
                "X-Erp-Event", "item.exploded");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }
}
