package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad deliveries get a clear 4xx as RFC 9457 problem details, never a 5xx, and dispatch nothing. */
class WebhookRefusalTest extends ApplicationTest {

    private static final String PROBLEM = "application/problem+json";

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    @Test
    void unknownKindIsNotFound() {
        Answer answer = http().postJson("/api/zoho/webhooks/widgets", Samples.text("item-created-1.json"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith(PROBLEM);
    }

    @Test
    void otherContentTypesAreUnsupported() {
        Answer answer = http().post("/api/zoho/webhooks/products", "text/xml",
                "<item/>".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith(PROBLEM);
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
