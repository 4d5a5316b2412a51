package iq.tsh.erp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Tokens;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad parameters are 400 and unknown records 404, always as problem details, never a 5xx or a half file. */
class AuditProblemsTest extends ApplicationTest {

    private static final String ITEM = "7932000000000000001";

    /** Every call to the audit API goes through here (the one place to add the auditor's credentials). */
    private Answer audit(String path) {
        return http().as(Tokens.auditor()).get(path);
    }

    @BeforeEach
    void aProductExists() {
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", ITEM));
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/audit/aggregates/item:" + ITEM + "/events?limit=abc",
        "/api/audit/aggregates/item:" + ITEM + "/events?limit=0",
        "/api/audit/aggregates/item:" + ITEM + "/events?limit=1001",
        "/api/audit/aggregates/item:" + ITEM + "/events?limit=99999999999999999999",
        "/api/audit/aggregates/item:" + ITEM + "/events?after=x",
        "/api/audit/aggregates/item:" + ITEM + "/events?after=-5",
        "/api/audit/aggregates/item:" + ITEM + "/events?after=1&cursor=2",
        "/api/audit/aggregates/item:" + ITEM + "/state?asOf=yesterday",
        "/api/audit/aggregates/item:" + ITEM + "/state?asOf=2025-13-45T99:00:00Z",
        "/api/audit/aggregates/item:" + ITEM + "/events/export?format=xml",
        "/api/audit/events?after=1.5",
        "/api/audit/events?cursor=abc",
        "/api/audit/events?from=2025-05-06",
        "/api/audit/events?to=not-a-time",
        "/api/audit/events?from=2025-05-06T00:00:00Z&to=2025-05-05T00:00:00Z",
        "/api/audit/events?type=,,,",
        "/api/audit/events/export?format=pdf",
        "/api/audit/events/export?from=soon",
        "/api/audit/events/export?after=-1",
        "/api/audit/deliveries/not-a-uuid"
    })
    void refusesABadParameterWith400(String path) {
        assertProblem(audit(path), 400);
    }

    @Test
    void answersUnknownRecordsAndDeliveriesWith404() {
        String nobody = "item:" + UUID.randomUUID();

        assertProblem(audit("/api/audit/aggregates/" + nobody + "/events"), 404);
        assertProblem(audit("/api/audit/aggregates/" + nobody + "/state"), 404);
        assertProblem(audit("/api/audit/aggregates/" + nobody + "/events/export?format=csv"), 404);
        assertProblem(audit("/api/audit/deliveries/" + UUID.randomUUID()), 404);
        assertProblem(audit("/api/audit/aggregates/item:" + ITEM + "/state?asOf=2000-01-01T00:00:00Z"), 404);
    }

    @Test
    void answersAPositionPastTheEndWithAnEmptyPage() {
        JsonNode page = audit("/api/audit/aggregates/item:" + ITEM + "/events?after=50").json();

        assertThat(page.get("events")).isEmpty();
        assertThat(page.has("next")).isFalse();
    }

    @Test
    void describesTheAuditEndpointsInOpenApi() {
        JsonNode paths = http().get("/v3/api-docs").json().get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/audit/aggregates/{aggregateId}/events",
                "/api/audit/aggregates/{aggregateId}/state", "/api/audit/events", "/api/audit/deliveries/{deliveryId}",
                "/api/audit/aggregates/{aggregateId}/events/export", "/api/audit/events/export");
    }
}
