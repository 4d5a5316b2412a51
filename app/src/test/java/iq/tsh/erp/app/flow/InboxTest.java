package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every delivery is kept with its raw body and outcome, duplicates are recognised, rejected ones can be re-driven. */
class InboxTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Map<String, Object> row(String deliveryId) {
        return jdbc.queryForMap("""
                select kind, event, source, outcome, http_status, body, headers::text as headers, error::text as error,
                       aggregate_ids::text as aggregate_ids, event_count, duplicate_of, redrive_of
                from webhook_inbox where delivery_id = ?::uuid""", deliveryId);
    }

    @Test
    void keepsAnAcceptedDeliveryWithItsRawBodyAndItsEvents() throws Exception {
        String body = Samples.withItem("item-created-1.json", "7300000000000000001");
        JsonNode answer = http().postJson("/api/zoho/webhooks/products", body, "X-Erp-Event", "item.created",
                "X-Com-Zoho-Organizationid", "870045123").json();

        Map<String, Object> row = row(answer.get("deliveryId").asText());
        assertThat(row.get("outcome")).isEqualTo("accepted");
        assertThat(row.get("kind")).isEqualTo("products");
        assertThat(row.get("event")).isEqualTo("created");
        assertThat(row.get("source")).isEqualTo("webhook");
        assertThat(new String((byte[]) row.get("body"), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(row.get("event_count")).isEqualTo(1);
        assertThat(JSON.readTree((String) row.get("aggregate_ids")).get(0).asText()).isEqualTo("item:7300000000000000001");
        JsonNode headers = JSON.readTree((String) row.get("headers"));
        assertThat(headers.get("X-Com-Zoho-Organizationid").asText()).isEqualTo("870045123");
        assertThat(headers.has("X-Zoho-Webhook-Signature")).isFalse();
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where convert_from(meta_data, 'UTF8')::jsonb ->> 'deliveryId' = ?""", Long.class,
                answer.get("deliveryId").asText())).isEqualTo(1);
    }

    @Test
    void answersAByteIdenticalRedeliveryAsADuplicateAndSendsNothing() {
        String body = Samples.withItem("item-created-1.json", "7300000000000000002");
        JsonNode first = http().postJson("/api/zoho/webhooks/products", body).json();
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        JsonNode again = http().postJson("/api/zoho/webhooks/products", body).json();

        assertThat(again.get("status").asText()).isEqualTo("duplicate");
        assertThat(again.get("aggregateId").asText()).isEqualTo("item:7300000000000000002");
        assertThat(again.get("deliveryId").asText()).isNotEqualTo(first.get("deliveryId").asText());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
        Map<String, Object> row = row(again.get("deliveryId").asText());
        assertThat(row.get("outcome")).isEqualTo("duplicate");
        assertThat(row.get("duplicate_of").toString()).isEqualTo(first.get("deliveryId").asText());
    }

    @Test
    void aDeleteWithTheSameBodyAsAnUpdateIsNotADuplicate() {
        String body = Samples.withItem("item-created-1.json", "7300000000000000003");
        http().postJson("/api/zoho/webhooks/products", body, "X-Erp-Event", "updated");

        Answer deleted = http().postJson("/api/zoho/webhooks/products", body, "X-Erp-Event", "deleted");

        assertThat(deleted.json().get("status").asText()).isEqualTo("accepted");
    }

    @Test
    void keepsARejectedDeliveryWithTheFieldsAtFaultAndReDrivesIt() throws Exception {
        Answer rejected = http().postJson("/api/zoho/webhooks/products", "{\"item\":{\"name\":\"no id\"}}");
        assertThat(rejected.status()).isEqualTo(422);
        String deliveryId = jdbc.queryForObject("""
                select delivery_id::text from webhook_inbox where outcome = 'rejected' and http_status = 422
                and convert_from(body, 'UTF8') = '{"item":{"name":"no id"}}' limit 1""", String.class);
        JsonNode error = JSON.readTree((String) row(deliveryId).get("error"));
        assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("item_id");

        Answer redriven = http().as(Tokens.ops()).post("/api/zoho/admin/inbox/" + deliveryId + "/redrive", null, new byte[0]);

        assertThat(redriven.status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from webhook_inbox where redrive_of = ?::uuid", Long.class,
                deliveryId)).isEqualTo(1);
    }

    @Test
    void reDrivingAnAcceptedDeliveryIsHarmless() {
        String body = Samples.withItem("item-created-1.json", "7300000000000000004");
        String deliveryId = http().postJson("/api/zoho/webhooks/products", body).json().get("deliveryId").asText();

        Answer redriven = http().as(Tokens.ops()).post("/api/zoho/admin/inbox/" + deliveryId + "/redrive", null, new byte[0]);

        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.json().get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void keepsDeliveriesRefusedForTheirKindOrEvent() {
        long before = jdbc.queryForObject("select count(*) from webhook_inbox where outcome = 'rejected'", Long.class);

        assertThat(http().postJson("/api/zoho/webhooks/widgets", "{}").status()).isEqualTo(404);
        assertThat(http().postJson("/api/zoho/webhooks/products", "{}", "X-Erp-Event", "exploded").status()).isEqualTo(400);
        assertThat(http().post("/api/zoho/webhooks/products", "text/xml", "<a/>".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(415);

        assertThat(jdbc.queryForObject("select count(*) from webhook_inbox where outcome = 'rejected'", Long.class))
                .isEqualTo(before + 3);
    }

    @Test
    void answersAnUnknownDeliveryWithAProblem() {
        Answer answer = http().as(Tokens.ops()).post("/api/zoho/admin/inbox/" + UUID.randomUUID() + "/redrive", null, new byte[0]);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
